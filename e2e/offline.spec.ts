import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { serveDist } from '../scripts/serve-dist.mjs';

// Offline tests need a site that can disappear: each test serves dist/ itself on a free port and
// stops that server (and turns the browser offline) to go offline.
test.use({ serviceWorkers: 'allow' });

const BASE = process.env.BASE_PATH ?? '/api-guide/';

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

async function goOffline(context: BrowserContext, server: { close(): void }): Promise<void> {
  server.close();
  await context.setOffline(true);
}

test('after home and one question, that question reloads offline and an unvisited one shows the offline page', async ({ page, context }) => {
  const server = await serveDist(0, BASE);
  await page.goto(server.url);
  await controlled(page);
  await page.goto(`${server.url}questions/cors/`);
  await expect(page.locator('article.question h1')).toContainText('CORS');
  // The page is cached as it is read (network first, copy kept).
  await expect.poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);

  await goOffline(context, server);
  await page.reload();
  await expect(page.locator('article.question h1')).toContainText('CORS');
  await expect(page.locator('link[rel="stylesheet"]').first()).toBeAttached();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');

  await page.goto(`${server.url}questions/bola/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Offline reading' })).toBeVisible();
  await expect(page.locator('[data-missing]')).toContainText(`${BASE}questions/bola/`);
  await expect(page.locator('[data-saved-list]')).toContainText('CORS');

  // The shell was precached at the first visit: hubs and the question list work without having been opened.
  await page.goto(`${server.url}topics/security/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await page.goto(`${server.url}questions/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${server.url}interview/`);
  await expect(page.getByRole('button', { name: 'Start the interview' })).toBeEnabled();
  await context.setOffline(false);
});

test('"Save the whole guide" shows the size first, then every page and the search index load offline', async ({ page, context }) => {
  const server = await serveDist(0, BASE);
  await page.goto(`${server.url}offline/`);
  await controlled(page);
  const list = JSON.parse(readFileSync('dist/offline/files.json', 'utf8')) as { files: { url: string }[]; bytes: number };
  const summary = page.locator('[data-save-summary]');
  await expect(summary).toContainText(new RegExp(`full search index: ${list.files.length} files, about \\d+(\\.\\d)? MB\\.`));
  const button = page.getByRole('button', { name: /^Save the whole guide \(\d+(\.\d)? MB\)$/ });
  await button.click();
  await expect(page.locator('[data-save-status]')).toContainText('Saved: the whole guide', { timeout: 60_000 });
  await expect(summary).toContainText(`The whole guide is saved on this device: ${list.files.length} files`);

  await goOffline(context, server);
  const failures = await page.evaluate(async (urls) => {
    const failed: string[] = [];
    for (const url of urls) {
      const response = await fetch(url).catch(() => null);
      if (!response?.ok) failed.push(url);
    }
    return failed;
  }, list.files.map((f) => f.url));
  expect(failures, 'files that did not load offline').toEqual([]);

  await page.goto(`${server.url}questions/bola/`);
  await expect(page.locator('article.question h1')).toContainText('BOLA');
  await page.goto(`${server.url}cheatsheets/http/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cheat sheet: HTTP semantics' })).toBeVisible();
  await page.goto(`${server.url}search/?q=idempotency`);
  await expect(page.locator('.search-status')).toContainText(/results? for/, { timeout: 15_000 });
  await context.setOffline(false);
});

test('a new deploy shows an "updated" notice, and Reload brings in the new version', async ({ page }) => {
  const copy = mkdtempSync(join(tmpdir(), 'deploy-'));
  cpSync('dist', copy, { recursive: true, filter: (source) => !source.includes('/pyodide/') });
  const server = await serveDist(0, BASE, copy);
  try {
    await page.goto(`${server.url}questions/cors/`);
    await controlled(page);
    await expect(page.locator('.update-notice')).toHaveCount(0);

    // "Deploy": the home page changes, so the generated worker's precache revision changes with it.
    writeFileSync(join(copy, 'index.html'), readFileSync(join(copy, 'index.html'), 'utf8').replace('</main>', '<p id="new-build">New build</p></main>'));
    const sw = readFileSync(join(copy, 'sw.js'), 'utf8').replace(/(url:"\/[^"]*\/",revision:")[0-9a-f]+/, '$1ffffffffffffffffffffffffffffff00');
    writeFileSync(join(copy, 'sw.js'), sw);

    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'The guide has been updated.' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    expect(await axeViolations(page, '.update-notice')).toEqual([]);
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForURL(`${server.url}questions/cors/`);
    await expect(page.locator('.update-notice')).toHaveCount(0);
    await page.goto(server.url);
    await expect(page.locator('#new-build')).toHaveText('New build');
  } finally {
    server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('after one Run online, samples run offline: Pyodide and the wheels are kept after first use', async ({ page, context }) => {
  test.slow();
  const server = await serveDist(0, BASE);
  await page.goto(server.url);
  await controlled(page);
  await page.goto(`${server.url}questions/idempotency/`);
  const figure = page.locator('.sample[data-runnable]').first();
  const status = figure.locator('[data-run-status]');
  const finished = 'Finished. This run printed exactly the recorded output.';
  await figure.getByRole('button', { name: 'Run' }).click();
  await expect(status).toHaveText(finished, { timeout: 120_000 });

  await goOffline(context, server);
  await page.reload();
  await figure.getByRole('button', { name: 'Run' }).click();
  await expect(status).toHaveText(finished, { timeout: 120_000 });
  await context.setOffline(false);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the offline page has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('offline/');
    await expect(page.locator('[data-save-summary]')).not.toHaveText('Checking what this browser has kept…');
    expect(await axeViolations(page)).toEqual([]);
  });
}
