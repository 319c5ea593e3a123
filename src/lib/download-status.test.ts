import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadProgress, megabytes } from './download-status.ts';

test('megabytes rounds to one decimal in decimal units', () => {
  assert.equal(megabytes(16_912_345), '16.9 MB');
  assert.equal(megabytes(0), '0.0 MB');
  assert.equal(megabytes(49_999), '0.0 MB');
  assert.equal(megabytes(50_000), '0.1 MB');
});

test('downloadProgress says how far the download is and that it happens once', () => {
  assert.equal(downloadProgress(4_200_000, 16_900_000), '4.2 of 16.9 MB, first run only');
  assert.equal(downloadProgress(16_900_000, 16_900_000), '16.9 of 16.9 MB, first run only');
});

test('downloadProgress falls back to the bytes alone when the total is unknown or exceeded', () => {
  assert.equal(downloadProgress(17_300_000, 16_900_000), '17.3 MB downloaded, first run only');
  assert.equal(downloadProgress(1_000_000, 0), '1.0 MB downloaded, first run only');
  assert.equal(downloadProgress(1_000_000, Number.NaN), '1.0 MB downloaded, first run only');
});
