// Proves the weekly source-link check fails on a cited page that is gone, reports a host that
// refuses robots without failing, and passes pages whose sources answer. A loopback server stands in
// for the web, so the test needs no network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const statuses = { '/ok': 200, '/moved': 301, '/gone': 404, '/robots-refused': 403 };

function questions(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  for (const [slug, text] of Object.entries(pages)) {
    mkdirSync(join(dir, slug));
    writeFileSync(join(dir, slug, 'index.mdx'), text);
  }
  return dir;
}

function run(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/check-sources.mjs'], { env: { ...process.env, QUESTIONS_DIR: dir } });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

test('a gone source fails the check and names the page citing it; a 403 is reported only', async () => {
  const server = createServer((req, res) => {
    const status = statuses[req.url] ?? 404;
    res.writeHead(status, status === 301 ? { location: '/ok' } : {}).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.2', resolve));
  const origin = `http://127.0.0.2:${server.address().port}`;
  try {
    const good = await run(questions({ a: `url: ${origin}/ok#section\n[x](${origin}/moved)\n` }));
    assert.equal(good.status, 0, good.stdout);
    assert.match(good.stdout, /2 URLs, 2 OK, 0 unknown .*, 0 broken/);

    const bad = await run(questions({ a: `url: ${origin}/ok\n`, b: `see ${origin}/gone and ${origin}/robots-refused` }));
    assert.equal(bad.status, 1, bad.stdout);
    assert.match(bad.stdout, new RegExp(`BROKEN +404 ${origin}/gone +\\(cited by b\\)`));
    assert.match(bad.stdout, new RegExp(`UNKNOWN +403 ${origin}/robots-refused`));
  } finally {
    server.close();
  }
});
