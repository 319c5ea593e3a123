// Proves the HTML validation that runs over dist/ (npm run test:html, .htmlvalidate.json) refuses a
// table header cell with no text, as a screen reader would announce it as nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

// The project's own .htmlvalidate.json, found from the file name as the CLI finds it.
const validator = new HtmlValidate(new FileSystemConfigLoader());

function table(headerCell) {
  return `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><table><thead><tr>${headerCell}<th scope="col">HS256</th></tr></thead><tbody><tr><td>Keys</td><td>one secret</td></tr></tbody></table></body></html>`;
}

async function textContentErrors(html) {
  const report = await validator.validateString(html, 'dist/page/index.html');
  return report.results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'text-content');
}

test('an empty <th> fails the HTML check', async () => {
  const errors = await textContentErrors(table('<th></th>'));
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /<th> must have accessible text/);
  assert.equal((await textContentErrors(table('<th scope="col"> </th>'))).length, 1);
});

test('a <th> with text, or with a label only screen readers see, passes', async () => {
  assert.deepEqual(await textContentErrors(table('<th scope="col">Aspect</th>')), []);
  assert.deepEqual(await textContentErrors(table('<th scope="col"><span class="visually-hidden">Aspect</span></th>')), []);
});
