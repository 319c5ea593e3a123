import { test, expect, axeViolations } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function waitForResults(page: Page): Promise<void> {
  await expect(page.locator('.search-status')).not.toHaveText(/Loading search/);
  await expect(page.locator('.search-status')).toHaveText(/result|No results|No page mentions|Type a word/);
}

async function topUrls(page: Page, count = 3): Promise<string[]> {
  return page.locator('.search-result-title').evaluateAll((links, n) => links.slice(0, n).map((a) => a.getAttribute('href') ?? ''), count);
}

const RESULTS_PER_BATCH = 5; // src/scripts/search/panel.ts

// The full query table runs in Node against the same index and code (npm run test:search); these
// check that the browser gives the same answers through the page and the dialog.
test('whole questions and identifiers typed into /search/?q= put their page first', async ({ page }) => {
  const firsts: [string, string[]][] = [
    ["What's the point of an ETag?", ['etags-conditional-requests']],
    ['Walk me through how you would paginate a large collection', ['pagination', 'cursor-pagination']],
    ["Can you describe how you'd stop clients hammering an endpoint?", ['rate-limiting']],
    ['dependency_overrides', ['dependency-overrides']],
  ];
  for (const [query, slugs] of firsts) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    expect(slugs.map((slug) => `/api-guide/questions/${slug}/`), query).toContain((await topUrls(page, 1))[0]);
  }
  await page.goto('search/?q=429');
  await waitForResults(page);
  expect((await topUrls(page, 2)).sort()).toEqual(['/api-guide/questions/rate-limiting/', '/api-guide/questions/status-codes/']);
});

test('a word no page uses is named, and the rest of the question still finds its page', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('how do I stop a client flooding my api with xylophones')}`);
  await waitForResults(page);
  await expect(page.locator('.search-status')).toContainText('No page mentions “xylophones”');
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('result links and sub-result anchors work under the base path', async ({ page }) => {
  await page.goto('search/?q=preflight');
  await waitForResults(page);
  const first = page.locator('.search-result').first();
  await expect(first.locator('.search-result-excerpt mark').first()).toBeVisible();
  await expect(first.locator('.search-result-meta .chip')).toHaveText('Security');
  const anchor = first.locator('.search-subresults a').first();
  const href = await anchor.getAttribute('href');
  expect(href).toMatch(/^\/api-guide\/questions\/cors\/#[a-z0-9-]+$/);
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
});

test('a difficulty filter narrows the results, its counts agree with the list, and it is kept in the URL', async ({ page }) => {
  await page.goto('search/?q=token');
  await waitForResults(page);
  const total = Number(/(\d+) results?/.exec((await page.locator('.search-status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(2);
  const counts = await page.locator('#search-page-difficulty option:not([value=""])').evaluateAll((options) => options.map((o) => Number(/\((\d+)\)/.exec(o.textContent ?? '')?.[1])));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  const senior = page.locator('#search-page-difficulty option[value="Senior"]');
  const seniorCount = Number(/\((\d+)\)/.exec((await senior.textContent()) ?? '')?.[1]);
  expect(seniorCount).toBeGreaterThan(0);
  expect(seniorCount).toBeLessThan(total);
  await page.locator('#search-page-difficulty').selectOption('Senior');
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${seniorCount} results? for “token” at Senior level`));
  await expect(page).toHaveURL(/\?q=token&difficulty=Senior$/);
  for (const badge of await page.locator('.search-result .badge').allTextContents()) expect(badge).toBe('Senior');

  await page.reload();
  await expect(page.locator('#search-page-difficulty')).toHaveValue('Senior');
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${seniorCount} results?`));
});

test('a filtered search with no results offers to search everything', async ({ page }) => {
  await page.goto('search/?q=PKCE&topic=Testing');
  await waitForResults(page);
  await expect(page.locator('.search-result')).toHaveCount(0);
  await page.getByRole('button', { name: 'search all topics and levels' }).click();
  await expect(page.locator('.search-status')).toHaveText(/^\d+ results? for “PKCE”/);
  await expect(page).toHaveURL(/\?q=PKCE$/);
  await expect(page.locator('#search-page-topic')).toHaveValue('');
});

test('filter options that would list nothing cannot be chosen', async ({ page }) => {
  await page.goto('search/?q=PKCE');
  await waitForResults(page);
  const options = page.locator('#search-page-topic option:not([value=""])');
  expect(await options.count()).toBeGreaterThan(5);
  for (const option of await options.all()) {
    const text = (await option.textContent()) ?? '';
    expect(await option.isDisabled(), text).toBe(text.endsWith('(0)'));
  }
  expect(await page.locator('#search-page-topic option:disabled').count()).toBeGreaterThan(0);
});

test('a filter alone lists its pages, and "Show more" reaches every result, loading data only for those shown', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await page.goto('search/?difficulty=Mid-level');
  await waitForResults(page);
  const total = Number(/^(\d+) results? at Mid-level level/.exec((await page.locator('.search-status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(RESULTS_PER_BATCH * 2);
  await expect(page.locator('.search-result')).toHaveCount(RESULTS_PER_BATCH);
  expect(fragments).toHaveLength(RESULTS_PER_BATCH);
  const more = page.locator('.search-more');
  await more.click();
  await expect(page.locator('.search-result')).toHaveCount(RESULTS_PER_BATCH * 2);
  await expect(page.locator('.search-result').nth(RESULTS_PER_BATCH).locator('a').first()).toBeFocused();
  for (let shown = RESULTS_PER_BATCH * 2; shown < total; ) {
    await expect(more).toHaveText(`Show ${Math.min(RESULTS_PER_BATCH, total - shown)} more (${total - shown} left)`);
    await more.click();
    shown = Math.min(total, shown + RESULTS_PER_BATCH);
    await expect(page.locator('.search-result')).toHaveCount(shown);
  }
  await expect(more).toBeHidden();
  expect(new Set(fragments).size).toBe(total);
  for (const badge of await page.locator('.search-result .badge').allTextContents()) expect(badge).toBe('Mid-level');
});

test('a topic filter alone lists that topic', async ({ page }) => {
  await page.goto('search/?topic=Pydantic+and+validation');
  await waitForResults(page);
  await expect(page.locator('.search-status')).toHaveText(/^\d+ results in Pydantic and validation/);
  for (const chip of await page.locator('.search-result-meta .chip').allTextContents()) expect(chip).toBe('Pydantic and validation');
});

test('excerpts neither run hidden labels together nor repeat the summary', async ({ page }) => {
  for (const query of ['dependency_overrides', 'testing', 'token bucket']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    const excerpts = page.locator('.search-result-excerpt');
    expect(await excerpts.count()).toBeGreaterThan(0);
    for (const result of await page.locator('.search-result').all()) {
      if ((await result.locator('.search-result-excerpt').count()) === 0) continue;
      const summary = (await result.locator('.search-result-summary').textContent()) ?? '';
      const excerpt = (await result.locator('.search-result-excerpt').textContent()) ?? '';
      await expect(result.locator('.search-result-excerpt mark').first()).toBeVisible();
      expect(excerpt).not.toMatch(/(Junior|Mid-level|Senior)\S|[a-z](Junior|Mid-level|Senior)/);
      expect(summary.includes(excerpt.slice(0, 40)), `${query}: ${excerpt}`).toBe(false);
    }
  }
});

test('keyboard only: / opens search, arrows move, Enter lands on the page', async ({ page }) => {
  await page.goto('questions/idempotency/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('PKCE');
  await expect(dialog.locator('.search-status')).toHaveText(/results? for “PKCE”/);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.search-result-title').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.locator('.search-result-title').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/api-guide\/questions\/oauth2\/$/);
});

test('Ctrl+K opens the dialog, Tab stays inside it, Escape closes it and returns focus', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(dialog).toBeVisible();
});

test('Escape in the search box closes the dialog, as its hint says, and keeps the query', async ({ page }) => {
  await page.goto('questions/cors/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog.locator('.search-dialog-hint')).toContainText('Esc close');
  await dialog.getByRole('searchbox').fill('preflight');
  await expect(dialog.locator('.search-status')).toHaveText(/results? for “preflight”/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog.getByRole('searchbox')).toHaveValue('preflight');
});

test('on a 360 px phone, result cards wrap long identifiers inside the dialog', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('questions/cors/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('request_validation_exception_handler'); // its excerpt has a 63-character identifier
  await expect(dialog.locator('.search-status')).toHaveText(/results? for/);
  const overflowing = await dialog.evaluate((node) => {
    const right = node.getBoundingClientRect().right;
    return [...node.querySelectorAll('.search-result, .search-result *')].filter((el) => el.getBoundingClientRect().right > right + 0.5).map((el) => el.textContent?.slice(0, 40));
  });
  expect(overflowing).toEqual([]);
  expect(await dialog.evaluate((node) => node.scrollWidth - node.clientWidth)).toBe(0);
});

test('a nonsense word finds nothing and says so', async ({ page }) => {
  for (const query of ['xylophone', 'zebra giraffe']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    const status = page.locator('.search-status');
    await expect(status).toContainText('No page mentions “');
    await expect(status.getByRole('link', { name: 'browse all questions' })).toHaveAttribute('href', '/api-guide/questions/');
    await expect(page.locator('.search-result')).toHaveCount(0);
  }
});

test('nothing of search loads until it is opened', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/pagefind|dialog|panel/.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto('questions/cors/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.search-dialog .search-status')).toHaveText(/Type a word/);
  expect(searchRequests.some((url) => url.includes('/api-guide/pagefind/pagefind.js'))).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open dialog with results has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('topics/http/');
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('token');
    await expect(page.locator('.search-dialog .search-status')).toHaveText(/results? for “token”/);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the search page has no axe violations', async ({ page }) => {
  await page.goto('search/?q=cors');
  await waitForResults(page);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says what to do instead, and reading still works', async ({ page }) => {
    await page.goto('search/?q=cors');
    await expect(page.locator('.notice')).toContainText('needs JavaScript');
    await page.getByRole('link', { name: 'list of all questions' }).click();
    await expect(page).toHaveURL(/\/api-guide\/questions\/$/);
    await page.locator('.question-card[data-slug="cors"] a').click();
    await expect(page.locator('article.question h1')).toBeVisible();
    await expect(page.locator('.sample').first()).toBeVisible();
  });
});
