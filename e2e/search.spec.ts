import { test, expect, axeViolations } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** Each query with the page that must be among the first three results. */
const queries: [string, string][] = [
  ['429', 'questions/status-codes/'],
  ['Retry-After', 'questions/rate-limiting/'],
  ['405', 'questions/http-methods/'],
  ['model_dump', 'questions/pydantic-basics/'],
  ['exclude_unset', 'questions/put-vs-patch/'],
  ['field_validator', 'questions/pydantic-validators/'],
  ['RequestValidationError', 'questions/validation-errors/'],
  ['response_model', 'questions/request-response-models/'],
  ['compare_digest', 'questions/api-key-auth/'],
  ['WWW-Authenticate', 'questions/401-vs-403/'],
  ['If-None-Match', 'questions/etags-conditional-requests/'],
  ['preflight', 'questions/cors/'],
  ['BOLA', 'questions/bola/'],
  ['IDOR', 'questions/bola/'],
  ['PKCE', 'questions/oauth2/'],
  ['CSRF', 'questions/csrf-vs-cors/'],
  ['SameSite', 'questions/csrf-vs-cors/'],
  ['alg none', 'questions/jwt-pitfalls/'],
  ['mass assignment', 'questions/separate-io-models/'],
  ['SQL injection', 'questions/input-validation/'],
  ['lost update', 'questions/etags-conditional-requests/'],
  ['replay attack', 'questions/webhook-signatures/'],
  ['idempotnet', 'questions/idempotency/'],
  ['safe methods', 'questions/idempotency/'],
  ['Idempotency-Key', 'questions/idempotency-keys/'],
  ['problem+json', 'questions/problem-details/'],
  ['stale-while-revalidate', 'questions/caching/'],
  ['run_in_threadpool', 'questions/async-def-vs-def/'],
  ['dependency_overrides', 'questions/dependency-injection/'],
  ['OAuth2PasswordBearer', 'questions/fastapi-authentication/'],
  ['keyset', 'questions/cursor-pagination/'],
  ['lifespan', 'questions/lifespan-events/'],
  ['BackgroundTasks', 'questions/background-tasks/'],
  ['uniform interface', 'questions/rest-principles/'],
  ['HATEOAS', 'questions/rest-principles/'],
  ['call_next', 'questions/fastapi-middleware/'],
  ['TestClient', 'questions/fastapi-testing/'],
  ['Sunset', 'questions/api-deprecation/'],
  ['UploadFile', 'questions/file-uploads/'],
  ['MockTransport', 'questions/api-mocking/'],
  ['token bucket', 'questions/rate-limit-algorithms/'],
  ['EventSourceResponse', 'questions/realtime-options/'],
  ['APIRouter', 'questions/fastapi-routing/'],
  ['NaN', 'questions/json-for-apis/'],
  ['model_validate_json', 'questions/serialization/'],
  ['breaking change', 'questions/backward-compatibility/'],
  ['openapi_tags', 'questions/openapi-customization/'],
];

async function waitForResults(page: Page): Promise<void> {
  await expect(page.locator('.search-status')).not.toHaveText(/Loading search/);
  await expect(page.locator('.search-status')).toHaveText(/result|No results|Type a word/);
}

async function topUrls(page: Page, count = 3): Promise<string[]> {
  return page.locator('.search-result-title').evaluateAll((links, n) => links.slice(0, n).map((a) => a.getAttribute('href') ?? ''), count);
}

test('the query table finds the right page in the top three', async ({ page }) => {
  test.setTimeout(180_000); // one page load per query
  const misses: string[] = [];
  for (const [query, expected] of queries) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    await expect(page.locator('.search-status')).toHaveText(new RegExp(`for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
    const urls = await topUrls(page);
    if (!urls.includes(`/api-guide/${expected}`)) misses.push(`${query} → ${urls.join(', ') || 'nothing'} (wanted ${expected})`);
  }
  expect(misses, `hit rate ${queries.length - misses.length}/${queries.length}`).toEqual([]);
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

test('a difficulty filter narrows the results and is kept in the URL', async ({ page }) => {
  await page.goto('search/?q=token');
  await waitForResults(page);
  const all = await page.locator('.search-result').count();
  const status = await page.locator('.search-status').textContent();
  const total = Number(/(\d+) results?/.exec(status ?? '')?.[1]);
  expect(total).toBeGreaterThan(2);
  const senior = page.locator('#search-page-difficulty option[value="Senior"]');
  const seniorCount = Number(/\((\d+)\)/.exec((await senior.textContent()) ?? '')?.[1]);
  expect(seniorCount).toBeGreaterThan(0);
  expect(seniorCount).toBeLessThan(total);
  await page.locator('#search-page-difficulty').selectOption('Senior');
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${seniorCount} results? for “token” at Senior level`));
  await expect(page).toHaveURL(/\?q=token&difficulty=Senior$/);
  for (const badge of await page.locator('.search-result .badge').allTextContents()) expect(badge).toBe('Senior');
  expect(await page.locator('.search-result').count()).toBeLessThanOrEqual(all);

  await page.reload();
  await expect(page.locator('#search-page-difficulty')).toHaveValue('Senior');
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${seniorCount} results?`));
});

test('a topic filter alone lists that topic', async ({ page }) => {
  await page.goto('search/?topic=Pydantic+and+validation');
  await waitForResults(page);
  await expect(page.locator('.search-status')).toHaveText(/results? in Pydantic and validation/);
  const chips = await page.locator('.search-result-meta .chip').allTextContents();
  expect(chips.length).toBe(await page.locator('.search-result').count());
  expect(chips.length).toBeGreaterThanOrEqual(5);
  for (const chip of chips) expect(chip).toBe('Pydantic and validation');
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

test('a query with no results explains what to try', async ({ page }) => {
  await page.goto('search/?q=zebra giraffe');
  await waitForResults(page);
  const status = page.locator('.search-status');
  await expect(status).toContainText('No results for “zebra giraffe”');
  await expect(status.getByRole('link', { name: 'browse all questions' })).toHaveAttribute('href', '/api-guide/questions/');
  await expect(page.locator('.search-result')).toHaveCount(0);
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
