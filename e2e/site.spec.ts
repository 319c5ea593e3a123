import { test, expect, horizontalOverflow } from './fixtures.ts';

const representativePages = [
  { name: 'home', path: './' },
  { name: 'topic hub', path: 'topics/http/' },
  { name: 'question', path: 'questions/idempotency/' },
  { name: 'all questions', path: 'questions/' },
];

test('a reader goes home → topic hub → question → related question → back', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('.topic-card[data-topic="http"] a').click();
  await expect(page).toHaveURL(/\/api-guide\/topics\/http\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'HTTP semantics' })).toBeVisible();

  await page.locator('.question-card[data-slug="idempotency"] a').click();
  await expect(page).toHaveURL(/\/questions\/idempotency\/$/);
  await expect(page.locator('article.question h1')).toContainText('idempotent');
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', /\/edit\/main\/content\/questions\/idempotency\/index\.mdx$/);

  const related = page.locator('[data-related]').first();
  const relatedHref = await related.getAttribute('href');
  expect(relatedHref).toMatch(/^\/api-guide\/questions\/[a-z0-9-]+\/$/);
  expect(relatedHref).not.toContain('/idempotency/');
  await related.click();
  await expect(page).toHaveURL(new RegExp(`${relatedHref}$`));
  await expect(page.locator('article.question h1')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/questions\/idempotency\/$/);
});

test('the table of contents links to headings on the page', async ({ page }) => {
  await page.goto('questions/idempotency/');
  const links = page.locator('.toc a');
  expect(await links.count()).toBeGreaterThan(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
  }
  await page.locator('.toc a', { hasText: 'Common mistakes' }).click();
  await expect(page).toHaveURL(/#common-mistakes$/);
});

test('the theme toggle overrides the system setting and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('questions/idempotency/');
  const html = page.locator('html');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
  await page.goto('topics/http/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('an unknown address shows the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('questions/no-such-question/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('That page is not in the guide');
  await page.getByRole('link', { name: 'The list of all questions' }).click();
  await expect(page).toHaveURL(/\/api-guide\/questions\/$/);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const { name, path } of representativePages) {
    test(`${name} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

test('pages make no request outside the site', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://localhost')) foreign.push(request.url());
  });
  for (const { path } of representativePages) await page.goto(path);
  expect(foreign).toEqual([]);
});

test('every sample shows the output recorded in its .out file, and its .py is served', async ({ page, request }) => {
  // The served HTML is parsed with the browser's DOMParser in one page, so no page is rendered and
  // the test stays quick however many questions there are.
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = join(import.meta.dirname, '..', 'content', 'questions');
  await page.goto('./');
  let checked = 0;
  for (const slug of readdirSync(dir)) {
    const files = readdirSync(join(dir, slug)).filter((f) => f.endsWith('.py'));
    if (files.length === 0) continue;
    const html = await (await request.get(`questions/${slug}/`)).text();
    const shown = await page.evaluate(
      ({ html, files }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return files.map((file) => doc.querySelector(`.sample[data-sample="${file}"] .sample-output pre`)?.textContent ?? null);
      },
      { html, files },
    );
    for (const [i, file] of files.entries()) {
      expect(shown[i], `${slug}/${file}`).toBe(readFileSync(join(dir, slug, file.replace(/\.py$/, '.out')), 'utf8'));
      const served = await request.get(`questions/${slug}/${file}`);
      expect(served.status()).toBe(200);
      expect(await served.text()).toBe(readFileSync(join(dir, slug, file), 'utf8'));
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(100);
});
