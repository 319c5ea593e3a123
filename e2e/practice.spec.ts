import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, horizontalOverflow, reachReviewWidget } from './fixtures.ts';
import { review, type CardState } from '../src/lib/practice/scheduler.ts';

const KEY = 'api-guide:practice:v1';

async function storedCards(page: Page): Promise<Record<string, CardState>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return raw ? JSON.parse(raw).cards : {};
}

/** Writes progress straight into storage, as an earlier visit would have left it. */
async function seed(page: Page, cards: Record<string, CardState>): Promise<void> {
  await page.goto('./');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify({ version: 1, cards })]);
}

/** Opens the practice page and waits until the deck has loaded. */
async function openPractice(page: Page, query = ''): Promise<void> {
  await page.goto(`practice/${query}`);
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeEnabled();
}

const card = (page: Page) => page.locator('[data-view="round"]');
const cardTitle = (page: Page) => page.locator('[data-card-title]');
const dayAgo = new Date(Date.now() - 86_400_000);

test('a round: reveal with Space, rate with keys and buttons; progress survives a reload', async ({ page }) => {
  await openPractice(page);
  await expect(page.getByRole('radio', { name: /New: not practised yet/ })).toBeChecked(); // nothing is due yet
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('checkbox', { name: /HTTP semantics/ }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();

  await expect(card(page)).toBeVisible();
  await expect(page.locator('[data-round-progress]')).toHaveText(/^Card 1 of \d+$/);
  await expect(cardTitle(page)).toBeFocused();
  const first = await cardTitle(page).textContent();
  await expect(page.locator('[data-card-back]')).toBeHidden();
  await expect(page.locator('[data-card-rating]')).toBeHidden();

  await page.keyboard.press('Space');
  await expect(page.locator('[data-card-back]')).toBeVisible();
  await expect(page.locator('[data-answer-heading]')).toBeFocused();
  await expect(page.locator('[data-announcer]')).toContainText('Answer shown');
  await expect(page.locator('[data-card-answer] p').first()).not.toBeEmpty();
  const link = page.getByRole('link', { name: 'Read the full page' });
  const firstHref = await link.getAttribute('href');
  expect(firstHref).toMatch(/^\/api-guide\/questions\/[a-z0-9-]+\/$/);
  const firstSlug = firstHref!.split('/').at(-2)!;

  await page.keyboard.press('3'); // Good
  await expect(page.locator('[data-round-progress]')).toHaveText(/^Card 2 of/);
  await expect(cardTitle(page)).not.toHaveText(first!);
  await expect(cardTitle(page)).toBeFocused();
  await expect(page.locator('[data-announcer]')).toContainText('Good: next review tomorrow. Card 2 of');

  await page.getByRole('button', { name: 'Show answer' }).click();
  const secondSlug = (await link.getAttribute('href'))!.split('/').at(-2)!;
  await page.getByRole('button', { name: /^Again/ }).click();
  await expect(page.locator('[data-announcer]')).toContainText('Again: this card comes back later in this round');

  const stored = await storedCards(page);
  expect(Object.keys(stored).sort()).toEqual([firstSlug, secondSlug].sort());
  expect(stored[firstSlug]).toMatchObject({ interval: 1, reps: 1, reviews: 1, lapses: 0 });
  expect(stored[secondSlug]).toMatchObject({ interval: 0, reps: 0, reviews: 1, lapses: 1 });

  await page.getByRole('button', { name: 'End this round' }).click();
  await expect(page.getByRole('heading', { name: 'Round ended' })).toBeFocused();
  await expect(page.locator('[data-done-summary]')).toHaveText('You gave 2 ratings: 1 Again, 1 Good.');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeEnabled();
  expect(await storedCards(page)).toEqual(stored);
  await expect(page.locator('[data-progress-overview]')).toHaveText(/^2 questions in your review deck: 1 due now, 0 mastered/);
  await expect(page.getByRole('radio', { name: /Due for review/ })).toBeChecked();
  await expect(page.locator('[data-count="due"]')).toHaveText('(1)');

  await page.goto(`questions/${firstSlug}/`);
  await reachReviewWidget(page);
  await expect(page.locator('[data-review-status]')).toHaveText('In your review deck: rated 1 time, due tomorrow.');
});

test('Again brings a card back later in the same round', async ({ page }) => {
  await openPractice(page, '?topic=http&mode=new');
  await page.getByLabel('Cards per round').selectOption('10');
  await page.getByRole('button', { name: 'Start practice' }).click();
  const total = Number((await page.locator('[data-round-progress]').textContent())!.match(/of (\d+)/)![1]);
  const first = await cardTitle(page).textContent();
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(page.locator('[data-round-progress]')).toHaveText(`Card 2 of ${total + 1}`);
  for (let i = 2; i <= total; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
  }
  await expect(cardTitle(page)).toHaveText(first!);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
  await expect(page.locator('[data-done-summary]')).toContainText(`1 Again, 1 Good, ${total - 1} Easy`);
});

test('"Your progress" counts each rating at once, during the round', async ({ page }) => {
  await openPractice(page, '?topic=http&mode=new');
  const overview = page.locator('[data-progress-overview]');
  await expect(overview).toHaveText(/^No progress yet/);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('[data-round-progress]')).toHaveText(/^Card 2 of/);
  await expect(overview).toHaveText(/^1 question in your review deck: 0 due now/);
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(overview).toHaveText(/^2 questions in your review deck: 1 due now/);
});

test('ending a round before rating a card does not call it complete', async ({ page }) => {
  await openPractice(page);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'End this round' }).click();
  await expect(page.getByRole('heading', { name: 'Round ended' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Round complete' })).toHaveCount(0);
  await expect(page.locator('[data-done-summary]')).toHaveText('You ended the round before rating a card.');
});

test('a new reader can practise a topic straight from its hub', async ({ page }) => {
  await page.goto('topics/http/');
  await expect(page.locator('[data-progress-summary]')).toBeHidden();
  await page.getByRole('link', { name: 'Practise this topic' }).click();
  await expect(page).toHaveURL(/\/api-guide\/practice\/\?topic=http$/);
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: /HTTP semantics/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Security/ })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: /New: not practised yet/ })).toBeChecked();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.locator('[data-card-topic]')).toHaveText('HTTP semantics');
});

test('shortcuts do nothing while typing in a field', async ({ page }) => {
  await openPractice(page);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.keyboard.press('Space');
  await page.keyboard.press('/'); // opens search
  const search = page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').getByRole('textbox')).first();
  await expect(search).toBeFocused();
  await page.keyboard.type('1 2 3 4');
  await expect(search).toHaveValue('1 2 3 4');
  await page.keyboard.press('Escape');
  expect(await storedCards(page)).toEqual({});
  await expect(page.locator('[data-round-progress]')).toHaveText(/^Card 1 of/);
});

test('a question page adds itself to review and takes ratings', async ({ page }) => {
  await page.goto('questions/idempotency/');
  await reachReviewWidget(page);
  const widget = page.locator('[data-review-widget]');
  await expect(widget.locator('[data-review-status]')).toHaveText('This question is not in your review deck yet.');
  await widget.getByRole('button', { name: 'Add to review' }).click();
  await expect(widget.locator('[data-review-status]')).toHaveText('In your review deck: it will come up in your next practice round.');
  await expect(widget.getByRole('button', { name: 'Add to review' })).toBeHidden();
  expect((await storedCards(page)).idempotency).toMatchObject({ reviews: 0, lastReview: null });

  await openPractice(page);
  await expect(page.locator('[data-count="due"]')).toHaveText('(1)');

  await page.goto('questions/idempotency/');
  await reachReviewWidget(page);
  await widget.getByRole('group').getByRole('button', { name: /^Easy/ }).click();
  await expect(widget.locator('[data-review-live]')).toHaveText('Saved as Easy: next review tomorrow.');
  await page.reload();
  await reachReviewWidget(page);
  await expect(widget.locator('[data-review-status]')).toHaveText('In your review deck: rated 1 time, due tomorrow.');
  expect((await storedCards(page)).idempotency).toMatchObject({ reviews: 1, interval: 1, ease: 2.6 });
});

test('home and topic hubs show per-topic progress only when there is some', async ({ page }) => {
  const mapRequests: string[] = [];
  page.on('request', (request) => request.url().includes('topic-map.json') && mapRequests.push(request.url()));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-progress-summary]')).toBeHidden();
  await page.goto('topics/http/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-progress-summary]')).toBeHidden();
  expect(mapRequests, 'a new reader downloads nothing for progress').toEqual([]);

  let mastered: CardState = review(undefined, 'good', dayAgo);
  for (let i = 0; i < 3; i++) mastered = review(mastered, 'good', dayAgo);
  await seed(page, { idempotency: mastered, 'status-codes': review(undefined, 'again', dayAgo), cors: review(undefined, 'good', new Date()) });
  await page.goto('./');
  const summary = page.locator('[data-progress-summary]');
  await expect(summary).toBeVisible();
  const http = summary.locator('tr[data-topic="http"]');
  await expect(http.locator('[data-seen]')).toHaveText(/^2 of \d+$/);
  await expect(http.locator('[data-due]')).toHaveText('1');
  await expect(http.locator('[data-mastered]')).toHaveText('1');
  await expect(summary.locator('tr[data-topic="security"] [data-due]')).toHaveText('0');
  await expect(summary.locator('tr[data-topic="pydantic"]')).toBeHidden();

  await page.goto('topics/http/');
  await expect(summary.locator('tr[data-topic="http"] [data-seen]')).toHaveText(/^2 of \d+$/);
  await summary.getByRole('link', { name: 'Practise' }).click();
  await expect(page).toHaveURL(/\/api-guide\/practice\/\?topic=http$/);
  await expect(page.getByRole('checkbox', { name: /HTTP semantics/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Security/ })).not.toBeChecked();
});

test('no layout shift for a new reader on home, hub, question and practice pages', async ({ page }) => {
  for (const path of ['./', 'topics/http/', 'questions/idempotency/', 'practice/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift, path).toBe(0);
  }
});

test('export, then import into a fresh browser profile, restores progress', async ({ page, browser }, testInfo) => {
  await seed(page, { cors: review(undefined, 'good', dayAgo), bola: review(undefined, 'hard', dayAgo) });
  const original = await storedCards(page);
  await openPractice(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^api-interview-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'api-interview-guide-progress', version: 1, cards: original });
  expect(Date.parse(file.exportedAt)).not.toBeNaN();

  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await fresh.newPage();
  try {
    await openPractice(other);
    expect(await storedCards(other)).toEqual({});
    await other.getByLabel('Progress file (.json)').setInputFiles((await download.path())!);
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(other.locator('[data-import-status]')).toHaveText('Imported 2 cards: 2 new here, 0 updated.');
    expect(await storedCards(other)).toEqual(original);
    await other.reload();
    await expect(other.locator('[data-progress-overview]')).toHaveText(/^2 questions in your review deck/);
  } finally {
    await fresh.close();
  }
});

test('import merges by most recent review, or replaces', async ({ page }) => {
  const older = review(undefined, 'good', new Date(Date.now() - 5 * 86_400_000));
  const newer = review(undefined, 'again', dayAgo);
  const file = (cards: Record<string, CardState>) => ({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'api-interview-guide-progress', version: 1, exportedAt: new Date().toISOString(), cards })),
  });
  await seed(page, { cors: newer, bola: older });
  await openPractice(page);
  await page.getByLabel('Progress file (.json)').setInputFiles(file({ cors: older, bola: newer, jwt: older }));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('[data-import-status]')).toHaveText(
    'Imported 3 cards: 1 new here, 1 updated, 1 kept as they were, reviewed more recently in this browser.',
  );
  expect(await storedCards(page)).toEqual({ cors: newer, bola: newer, jwt: older });

  await page.getByLabel('Progress file (.json)').setInputFiles(file({ oauth2: older }));
  await page.getByRole('radio', { name: /Replace/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('[data-import-status]')).toHaveText('Replaced your progress with the 1 card in the file.');
  expect(await storedCards(page)).toEqual({ oauth2: older });
});

test('a bad import file is rejected with a clear message and changes nothing', async ({ page }) => {
  await seed(page, { cors: review(undefined, 'good', dayAgo) });
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await openPractice(page);
  const status = page.locator('[data-import-status]');
  const input = page.getByLabel('Progress file (.json)');
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  const cases: [string, RegExp][] = [
    ['{oops', /not valid JSON/],
    ['{"hello": "world"}', /not an API Interview Guide progress export/],
    ['{"format": "api-interview-guide-progress", "version": 7, "cards": {}}', /version 7; this guide reads version 1/],
    ['{"format": "api-interview-guide-progress", "version": 1, "cards": {"cors": {"ease": "lots"}}}', /card "cors" has an ease outside/],
  ];
  for (const [text, message] of cases) {
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await importButton.click();
    await expect(status).toHaveText(message);
    await expect(status).toHaveText(/^Nothing was imported\./);
    await expect(status).toHaveClass(/is-error/);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  }
});

test('corrupt storage is set aside with a one-time notice, and practice still works', async ({ page }) => {
  await page.goto('./');
  await page.evaluate((key) => localStorage.setItem(key, '{not json'), KEY);
  await openPractice(page);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('because it was not readable JSON');
  await expect(notice).toContainText('api-guide:practice:corrupt:');
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('api-guide:practice:corrupt:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(backups).toEqual(['{not json']);

  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  expect(Object.keys(await storedCards(page))).toHaveLength(1);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeEnabled();
  await expect(page.locator('[data-practice-notice]')).toBeHidden();
  expect(Object.keys(await storedCards(page))).toHaveLength(1);
});

test('an unknown version is set aside too, and a question page tells the reader', async ({ page }) => {
  await page.goto('./');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":9,"cards":{}}'), KEY);
  await page.goto('questions/idempotency/');
  await reachReviewWidget(page);
  await expect(page.locator('[data-review-widget]').getByRole('alert')).toContainText('it had version 9, and this guide reads version 1');
  await openPractice(page);
  await expect(page.locator('[data-practice-notice]')).toBeHidden();
});

test('reset all progress asks first', async ({ page }) => {
  await seed(page, { cors: review(undefined, 'good', dayAgo) });
  await openPractice(page);
  const resetButton = page.getByRole('button', { name: 'Reset all progress…' });
  await resetButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete all practice progress?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('the schedule of 1 question');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(resetButton).toBeFocused();
  expect(Object.keys(await storedCards(page))).toEqual(['cors']);

  await resetButton.click();
  await dialog.getByRole('button', { name: 'Delete progress' }).click();
  await expect(page.locator('[data-reset-status]')).toHaveText('All practice progress in this browser was deleted.');
  expect(await storedCards(page)).toEqual({});
  await expect(page.locator('[data-progress-overview]')).toHaveText(/^No progress yet/);
});

test('practice keeps working offline once the page has loaded', async ({ page, context }) => {
  await openPractice(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Start practice' }).click();
  for (const key of ['3', '4', '2']) {
    await page.keyboard.press('Space');
    await page.keyboard.press(key);
  }
  expect(Object.keys(await storedCards(page))).toHaveLength(3);
  await context.setOffline(false);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the practice page, a revealed card and the home summary fit the width', async ({ page }) => {
    await openPractice(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /^Good/ }).click();
    await page.goto('./');
    await expect(page.locator('[data-progress-summary]')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const table = page.locator('.progress-table-scroll');
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth), 'the table needs no sideways scrolling').toBeLessThanOrEqual(0);
  });

  test('after Show answer the rating buttons are on screen without scrolling, even for a long answer', async ({ page }) => {
    await openPractice(page, '?mode=new');
    await page.getByLabel('Cards per round').selectOption('0');
    await page.getByRole('button', { name: 'Start practice' }).click();
    let checked = 0;
    // The first few cards, whatever their length; each time, all four buttons are wholly in view.
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: 'Show answer' }).click();
      const viewport = page.viewportSize()!;
      for (const button of await page.locator('[data-card-rating] [data-rate]').all()) {
        const box = (await button.boundingBox())!;
        expect(box.y, 'below the top of the screen').toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, 'above the bottom of the screen').toBeLessThanOrEqual(viewport.height);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      const answerBottom = await page.locator('[data-card-back]').evaluate((el) => el.getBoundingClientRect().bottom);
      if (answerBottom > viewport.height) checked++;
      await page.getByRole('button', { name: /^Good/ }).click();
    }
    expect(checked, 'at least one answer ran past the bottom of the screen').toBeGreaterThan(0);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test('practice page: setup, card front and back, round complete, reset dialog', async ({ page }) => {
      await seed(page, { cors: review(undefined, 'good', dayAgo) });
      await openPractice(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Start practice' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Show answer' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /^Good/ }).click();
      await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Reset all progress…' }).click();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('question widget and home and hub summaries', async ({ page }) => {
      await seed(page, { idempotency: review(undefined, 'good', dayAgo) });
      for (const path of ['questions/idempotency/', './', 'topics/http/']) {
        await page.goto(path);
        if (path.startsWith('questions/')) await reachReviewWidget(page);
        await expect(page.locator('[data-review-widget], [data-progress-summary]').first()).toBeVisible();
        expect(await axeViolations(page), path).toEqual([]);
      }
    });

    test('the corrupt-storage notice', async ({ page }) => {
      await page.goto('./');
      await page.evaluate((key) => localStorage.setItem(key, '{not json'), KEY);
      await openPractice(page);
      await expect(page.getByRole('alert').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
