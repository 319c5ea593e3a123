// Proves the page-weight check fails a question page whose first visit is over budget, counting
// the modules its scripts import statically, and passes one that is under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function site(extraModuleBytes) {
  const dir = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dir, 'questions', 'page'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'questions', 'page', 'index.html'), '<!doctype html><link rel="stylesheet" href="/g/_astro/a.css"><script type="module" src="/g/_astro/entry.js"></script><p>text</p>');
  writeFileSync(join(dir, '_astro', 'a.css'), 'body{color:red}');
  writeFileSync(join(dir, '_astro', 'entry.js'), 'import"./dep.js";const later=()=>import("./lazy.js");');
  // Random bytes do not compress, so their size is what gzip leaves.
  writeFileSync(join(dir, '_astro', 'dep.js'), `/*${randomBytes(extraModuleBytes).toString('base64')}*/`);
  writeFileSync(join(dir, '_astro', 'lazy.js'), `/*${randomBytes(40_000).toString('base64')}*/`);
  return dir;
}

const check = (dir) => spawnSync(process.execPath, ['scripts/check-weight.mjs', dir], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '/g/' } });

test('a page under budget passes; dynamic imports do not count', () => {
  const run = check(site(1_000));
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /0 over 25\.0 kB/);
});

test('a statically imported module can push a page over budget', () => {
  const run = check(site(30_000));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /OVER {2}page: .* on first visit/);
});
