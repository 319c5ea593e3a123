// Proves the link checker fails on what it must catch: a missing page, a missing #fragment,
// and a link that forgets the base path; and passes a clean site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function site(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="en"><title>t</title><body>${html}</body></html>`);
  }
  return dir;
}

function check(dir) {
  return spawnSync(process.execPath, ['scripts/check-links.mjs', dir], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '/g/' } });
}

test('a clean site passes', () => {
  const run = check(site({ '': '<a href="/g/a/#x">a</a>', a: '<h2 id="x">X</h2><a href="https://example.com/">ext</a>' }));
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /0 broken, 1 external/);
});

test('a missing #fragment fails', () => {
  const run = check(site({ '': '<a href="/g/a/#nope">a</a>', a: '<h2 id="x">X</h2>' }));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /BROKEN.*#nope|nope/);
});

test('a missing page and a link without the base fail', () => {
  const run = check(site({ '': '<a href="/g/missing/">m</a> <a href="/a/">no base</a>', a: '' }));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /missing/);
  assert.match(run.stdout, /2 broken/);
});
