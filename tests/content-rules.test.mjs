// Bad content must stop the build with a message that names the file and the field.
// Each fixture folder under tests/fixtures/content is a questions directory fed to `astro sync`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cacheDir = mkdtempSync(join(tmpdir(), 'astro-cache-'));

function sync(fixture) {
  const run = spawnSync('npx', ['astro', 'sync'], {
    encoding: 'utf8',
    env: { ...process.env, QUESTIONS_DIR: `tests/fixtures/content/${fixture}`, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const cases = [
  ['missing-field', [/missing-field\/page\/index\.mdx/, /summary/]],
  ['bad-topic', [/bad-topic\/page\/index\.mdx/, /topic/, /must be one of the topic ids/]],
  ['bad-tag', [/bad-tag\/page\/index\.mdx/, /tags/]],
  ['bad-url', [/bad-url\/page\/index\.mdx/, /url/]],
  ['missing-related', [/missing-related\/page\/index\.mdx: field "related" names "ghost-page"/]],
  ['duplicate-slug', [/duplicate slug "page"/]],
  ['missing-output', [/missing-output\/page\/index\.mdx: sample demo\.py has no recorded output demo\.out/]],
  ['unshown-sample', [/extra\.py sits beside the page but the page never shows it/]],
  ['bad-slug', [/Bad_Slug/, /lowercase-hyphenated slug/]],
  ['long-answer', [/long-answer\/page\/index\.mdx: rule "short answer": 13 sentences; write 2 to 5/, /130 words; the limit is 120/]],
  ['no-primary-source', [/no-primary-source\/page\/index\.mdx: rule "primary source"/]],
  ['retired-host', [/retired-host\/page\/index\.mdx: rule "retired documentation": https:\/\/www\.starlette\.io\/middleware\/ .* starlette\.dev/]],
  ['unlinked-promise', [/unlinked-promise\/page\/index\.mdx: rule "promised page": "Load testing has its own question in this guide\."/]],
];

for (const [fixture, patterns] of cases) {
  test(`content fixture "${fixture}" fails with a clear message`, () => {
    const { status, output } = sync(fixture);
    assert.notEqual(status, 0, `astro sync should fail for ${fixture}`);
    for (const pattern of patterns) assert.match(output, pattern);
  });
}

test('valid fixture content syncs', () => {
  const { status, output } = sync('valid');
  assert.equal(status, 0, output);
});
