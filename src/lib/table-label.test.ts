import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableLabel } from './table-label.ts';

test('tableLabel names a table by its header cells, as plain text', () => {
  const html = '<thead><tr><th>Class</th><th align="left"><code>Reads</code></th><th>A &amp; B</th></tr></thead><tbody><tr><td>x</td></tr></tbody>';
  assert.equal(tableLabel(html), 'Table: Class, Reads, A & B');
});

test('tableLabel skips empty header cells and falls back to "Table"', () => {
  assert.equal(tableLabel('<tr><th></th><th> Alg </th></tr>'), 'Table: Alg');
  assert.equal(tableLabel('<tr><td>only data</td></tr>'), 'Table');
});
