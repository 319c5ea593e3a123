import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations, horizontalOverflow } from './fixtures.ts';
import { parseAnkiText } from '../src/lib/anki.ts';

/** Every question in the content folder, with its primary topic, read from the frontmatter. */
const questions = readdirSync('content/questions', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const source = readFileSync(`content/questions/${entry.name}/index.mdx`, 'utf8');
    return { slug: entry.name, topic: source.match(/^topic:\s*([a-z-]+)/m)![1]! };
  });

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const announcer = (page: Page) => page.locator('[data-interview] [data-announcer]');

async function openInterview(page: Page): Promise<void> {
  await page.goto('interview/');
  await expect(page.getByRole('button', { name: 'Start the interview' })).toBeEnabled();
}

test('a mock interview runs from setup to report by keyboard alone, with announcements, and feeds practice', async ({ page }) => {
  await openInterview(page);
  const count = page.getByLabel('Questions');
  await tabTo(page, count);
  await page.keyboard.press('ArrowUp'); // 5 → 3
  await expect(count).toHaveValue('3');
  await tabTo(page, page.getByRole('button', { name: 'Start the interview' }));
  await page.keyboard.press('Enter');

  const grades = ['Again', 'Good', 'Easy'];
  const asked: string[] = [];
  for (const [i, grade] of grades.entries()) {
    const title = page.locator('[data-q-title]');
    await expect(title).toBeFocused();
    await expect(page.locator('[data-stage-progress]')).toHaveText(`Question ${i + 1} of 3`);
    await expect(announcer(page)).toContainText(`Question ${i + 1} of 3.`);
    await expect(page.getByRole('timer')).toHaveText(/^[12]:\d\d$/);
    asked.push((await title.textContent())!);

    if (i === 0) {
      await tabTo(page, page.getByRole('button', { name: 'Pause' }));
      await page.keyboard.press('Enter');
      await expect(announcer(page)).toContainText('Clock paused with');
      await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(announcer(page)).toContainText('Clock running.');
    }

    await tabTo(page, page.getByRole('button', { name: 'Reveal the answer' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-review-heading]')).toBeFocused();
    await expect(announcer(page)).toContainText('Answer shown.');
    await expect(page.locator('[data-q-answer] p').first()).not.toBeEmpty();
    await expect(page.locator('[data-q-answer] a')).toHaveCount(0); // links would leave the interview
    const points = page.locator('[data-q-checking] input[type="checkbox"]');
    expect(await points.count()).toBeGreaterThanOrEqual(2);
    if (grade !== 'Again') {
      await tabTo(page, points.first());
      await page.keyboard.press('Space');
      await expect(points.first()).toBeChecked();
    }

    await tabTo(page, page.getByRole('button', { name: new RegExp(`^${grade}`) }));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-followup-heading]')).toBeFocused();
    await expect(announcer(page)).toContainText(`Graded ${grade}. The interviewer follows up:`);
    await expect(page.locator('[data-followup]')).not.toBeEmpty();
    const next = page.getByRole('button', { name: i === 2 ? 'Finish and see the report' : 'Next question' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeFocused();
  await expect(announcer(page)).toContainText('Interview finished. 3 questions, overall grade 56%.');
  await expect(page.locator('[data-report-summary]')).toContainText('1 Again, 1 Good, 1 Easy');
  await expect(page.locator('[data-report-summary]')).toContainText('you covered 2 of the');
  expect(await page.locator('[data-report-topics] tr').count()).toBeGreaterThanOrEqual(1);
  const weakest = page.locator('[data-report-weakest] li');
  await expect(weakest.first().getByRole('link')).toHaveText(asked[0]!);
  await expect(weakest.first()).toContainText('graded Again, 0 of');

  await tabTo(page, page.getByRole('button', { name: 'Add these grades to your practice schedule' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-practice-status]')).toHaveText('Added 3 grades to your practice schedule.');
  await expect(page.getByRole('button', { name: 'Add these grades to your practice schedule' })).toBeDisabled();
  const stored = await page.evaluate(() => ({
    practice: JSON.parse(localStorage.getItem('api-guide:practice:v1')!),
    interviews: JSON.parse(localStorage.getItem('api-guide:interview:v1')!),
  }));
  expect(Object.keys(stored.practice.cards)).toHaveLength(3);
  expect(stored.interviews.version).toBe(1);
  expect(stored.interviews.interviews).toHaveLength(1);
  expect(stored.interviews.interviews[0]).toMatchObject({ secondsPerAnswer: 120, addedToPractice: true });
  expect(stored.interviews.interviews[0].answers.map((a: { rating: string }) => a.rating)).toEqual(['again', 'good', 'easy']);

  await page.reload();
  await expect(page.locator('[data-history-list] li')).toHaveCount(1);
  await expect(page.locator('[data-history-list] li')).toContainText('3 questions, 56% (1 Again, 1 Good, 1 Easy), 2 of');
});

test('the countdown announces the last seconds and when time is up', async ({ page }) => {
  await page.clock.install();
  await openInterview(page);
  await page.getByLabel('Time per answer').selectOption('45');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.getByRole('timer')).toHaveText('0:45');
  await page.clock.runFor(36_000);
  await expect(announcer(page)).toHaveText('10 seconds left.');
  await expect(page.getByRole('timer')).toHaveText('0:09');
  await page.clock.runFor(10_000);
  await expect(announcer(page)).toHaveText('Time is up.');
  await expect(page.getByRole('timer')).toHaveText('0:00');
  await expect(page.locator('[data-timer-label]')).toHaveText('Time is up');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.locator('[data-review-heading]')).toBeVisible();
});

test('damaged interview history is set aside with a notice, and interviews go on', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('api-guide:interview:v1', '{broken'));
  await openInterview(page);
  const notice = page.locator('[data-interview-notice] [role="alert"]');
  await expect(notice).toContainText('Your saved interview history could not be used as it was, because it was not readable JSON.');
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('api-guide:interview:corrupt:')));
  expect(key).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k!), key)).toBe('{broken');
  await expect(page.getByRole('button', { name: 'Start the interview' })).toBeEnabled();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the mock interview has no axe violations at any step (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openInterview(page);
    expect(await axeViolations(page), 'setup').toEqual([]);
    await page.getByRole('button', { name: 'Start the interview' }).click();
    expect(await axeViolations(page), 'question').toEqual([]);
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await page.locator('[data-q-checking] input').first().check();
    expect(await axeViolations(page), 'review').toEqual([]);
    await page.getByRole('button', { name: /^Hard/ }).click();
    expect(await axeViolations(page), 'follow-up').toEqual([]);
    await page.getByRole('button', { name: 'End the interview' }).click();
    await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
    expect(await axeViolations(page), 'report').toEqual([]);
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the interview, the offline page and a cheat sheet fit the width', async ({ page }) => {
    await openInterview(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /^Good/ }).click();
    await page.getByRole('button', { name: 'End the interview' }).click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    for (const path of ['offline/', 'cheatsheets/', 'practice/']) {
      await page.goto(path);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
  });
});

test('the Anki deck, linked from practice, imports as one note per question', async ({ page, request }) => {
  await page.goto('practice/');
  const link = page.getByRole('link', { name: /Anki/ });
  await expect(link).toHaveAttribute('download', 'api-interview-guide-anki.txt');
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.ok()).toBe(true);
  const { headers, rows } = parseAnkiText(await response.text());
  expect(headers).toMatchObject({ html: 'true', notetype: 'Basic', deck: 'API Interview Guide', 'guid column': '1', 'tags column': '4' });
  expect(headers.columns!.split('\t')).toEqual(['GUID', 'Front', 'Back', 'Tags']);
  expect(rows).toHaveLength(questions.length);
  expect(rows.map((row) => row[0]).sort()).toEqual(questions.map((q) => `api-interview-guide:${q.slug}`).sort());
  for (const [guid, front, back, tags] of rows) {
    const slug = guid!.replace('api-interview-guide:', '');
    const topic = questions.find((q) => q.slug === slug)!.topic;
    expect(front!.length, slug).toBeGreaterThan(10);
    expect(back, slug).toMatch(/^<p>/);
    expect(back, slug).toContain(`<a href="https://example.github.io/api-guide/questions/${slug}/">Read the full answer:`);
    expect(back, slug).not.toMatch(/href="\/(?!\/)/); // every link works from inside Anki
    expect(tags!.split(' '), slug).toEqual([`api-interview-guide::topic::${topic}`, expect.stringMatching(/^api-interview-guide::level::(junior|mid|senior)$/)]);
  }
  await expect(page.getByText(`${questions.length} notes`)).toBeVisible();
});

/** Pages in a PDF from Chromium (each page object is `/Type /Page`, the page tree `/Type /Pages`). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test('each hub links its cheat sheet, which prints every question of the topic on few pages', async ({ page }) => {
  await page.goto('topics/http/');
  await page.getByRole('link', { name: 'Printable cheat sheet' }).click();
  await expect(page).toHaveURL(/\/api-guide\/cheatsheets\/http\/$/);
  const httpQuestions = questions.filter((q) => q.topic === 'http');
  const entries = page.locator('.sheet-entry');
  await expect(entries).toHaveCount(httpQuestions.length);
  for (const q of httpQuestions) {
    const entry = page.locator('.sheet-entry', { has: page.locator(`a[href$="/questions/${q.slug}/"]`) });
    await expect(entry.locator('.sheet-answer p').first()).not.toBeEmpty();
    expect(await entry.locator('.sheet-checking li').count(), q.slug).toBeGreaterThanOrEqual(2);
  }
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  // Two dense columns: about four questions a page; never more than one page per three questions.
  for (const format of ['A4', 'Letter'] as const) {
    const pages = pdfPages(await page.pdf({ format }));
    expect(pages, `http sheet on ${format}`).toBeGreaterThanOrEqual(1);
    expect(pages, `http sheet on ${format}`).toBeLessThanOrEqual(Math.ceil(httpQuestions.length / 3));
  }

  await page.goto('cheatsheets/');
  await expect(page.locator('.sheet-entry')).toHaveCount(questions.length);
  for (const format of ['A4', 'Letter'] as const) {
    const pages = pdfPages(await page.pdf({ format }));
    expect(pages, `full sheet on ${format}`).toBeLessThanOrEqual(Math.ceil(questions.length / 3));
    expect(pages, `full sheet on ${format}`).toBeGreaterThanOrEqual(Math.ceil(questions.length / 8));
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`cheat sheets have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('cheatsheets/http/');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("a follow-up the page answers in parentheses is asked without its answer, which the reader can then unfold", async ({ page }) => {
  // Only the questions whose follow-ups carry a short answer, each with just those follow-ups.
  await page.route('**/interview/questions.json', async (route) => {
    const data = await (await route.fetch()).json();
    type FollowUp = { hint: string | null };
    const questions = data.questions
      .map((q: { followUps: FollowUp[] }) => ({ ...q, followUps: q.followUps.filter((f) => f.hint !== null) }))
      .filter((q: { followUps: FollowUp[] }) => q.followUps.length > 0);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    await route.fulfill({ json: { ...data, questions } });
  });
  await openInterview(page);
  await page.getByLabel('Questions').selectOption('3');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();

  const question = page.locator('[data-followup]');
  await expect(question).toHaveText(/\?$/); // the question alone, ending at its question mark
  const hint = page.locator('[data-followup-hint]');
  await expect(hint).toBeVisible();
  await expect(page.locator('[data-followup-hint-text]')).toBeHidden(); // folded until asked for
  await hint.getByText("the guide's short answer").click();
  await expect(page.locator('[data-followup-hint-text]')).toBeVisible();
  await expect(page.locator('[data-followup-hint-text]')).not.toBeEmpty();
  expect(await axeViolations(page)).toEqual([]);
});
