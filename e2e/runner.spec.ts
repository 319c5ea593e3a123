import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, axeViolations, COLOUR_RULES } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

// Each test starts Python cold in a fresh page (several seconds, much more on a busy machine).
test.describe.configure({ timeout: 90_000 });

const questionsDir = join(import.meta.dirname, '..', 'content', 'questions');
const recorded = (slug: string, file: string) => readFileSync(join(questionsDir, slug, file.replace(/\.py$/, '.out')), 'utf8');

function sample(page: Page, file: string): Locator {
  return page.locator(`.sample[data-sample="${file}"]`);
}

async function runAndWait(figure: Locator, timeout = 60_000): Promise<string> {
  await figure.getByRole('button', { name: 'Run' }).click();
  const status = figure.locator('[data-run-status]');
  await expect(status).toHaveText(/^(Finished|Python raised|Stopped|Could not)/, { timeout });
  return (await status.textContent()) ?? '';
}

async function edit(figure: Locator, code: string): Promise<void> {
  await figure.getByRole('button', { name: 'Edit' }).click();
  const editor = figure.locator('textarea[data-editor]');
  await expect(editor).toBeFocused();
  await editor.fill(code);
}

test('nothing of Python loads before Run; a standard-library sample then matches its output', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('questions/jwt-auth/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /pyodide|worker/.test(url))).toEqual([]);

  const figure = sample(page, 'hs256_by_hand.py');
  const verdict = await runAndWait(figure);
  expect(verdict).toBe('Finished. This run printed exactly the recorded output.');
  expect(await figure.locator('[data-run-output]').textContent()).toBe(recorded('jwt-auth', 'hs256_by_hand.py'));
  expect(requests.some((url) => url.endsWith('/api-guide/pyodide/pyodide.asm.wasm'))).toBe(true);
  expect(requests.filter((url) => url.includes('/pyodide/wheels/'))).toEqual([]);
  expect(requests.filter((url) => !url.startsWith('http://localhost'))).toEqual([]);
});

test('a first run shows, beside Run, how much Python downloads and how far it has got', async ({ page }) => {
  // Hold the standard library back, as a slow connection would, while the line is checked.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route('**/pyodide/python_stdlib.zip', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  const total = Number(await figure.getAttribute('data-first-run-bytes'));
  expect(total).toBeGreaterThan(10_000_000); // the wasm core alone is about 9 MB
  await figure.getByRole('button', { name: 'Run' }).click();
  const loading = figure.locator('.sample-loading');
  await expect(loading.locator('[role="status"]')).toHaveText('Loading Python…');
  await expect(loading).toContainText(new RegExp(`^Loading Python…\\s+[0-9.]+ of ${(total / 1e6).toFixed(1)} MB, first run only$`));
  await expect.poll(() => loading.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value)).toBeGreaterThan(1_000_000);
  // It sits between the toolbar and the code, not under the output.
  const [bar, line, code] = await Promise.all(['.sample-bar', '.sample-loading', '.sample-code'].map((css) => figure.locator(css).boundingBox()));
  expect(line!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
  expect(line!.y + line!.height).toBeLessThanOrEqual(code!.y + 1);
  expect(await axeViolations(page, '.sample-loading')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, '.sample-loading', COLOUR_RULES)).toEqual([]);
  release();
  await expect(figure.locator('[data-run-status]')).toHaveText(/^Finished/, { timeout: 60_000 });
  await expect(loading).toBeHidden();
});

test('a FastAPI sample runs on wheels served by the site and matches its output', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('questions/idempotency/');
  const figure = sample(page, 'retry_after_timeout.py');
  expect(await runAndWait(figure)).toBe('Finished. This run printed exactly the recorded output.');
  const wheels = requests.filter((url) => url.includes('/api-guide/pyodide/wheels/'));
  expect(wheels.some((url) => /fastapi-.*\.whl$/.test(url))).toBe(true);
  expect(wheels.some((url) => /pydantic_core-.*pyemscripten.*\.whl$/.test(url))).toBe(true);
  expect(requests.filter((url) => !url.startsWith('http://localhost'))).toEqual([]);
});

test('a local-only sample offers the uv command instead of Run', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'login_flow.py');
  await expect(figure.getByRole('button', { name: 'Run' })).toHaveCount(0);
  await expect(figure).toContainText('Runs locally only');
  await expect(figure).toContainText('uv run login_flow.py');
});

test('edit, run the edited code, then Reset restores the original', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  const status = figure.locator('[data-run-status]');
  await edit(figure, 'print("edited", 6 * 7)\n');
  expect(await runAndWait(figure)).toMatch(/differs from the recorded output \(you edited the code\)/);
  await expect(figure.locator('[data-run-output]')).toHaveText('edited 42\n');
  await expect(figure.locator('.sample-output pre')).toHaveText(recorded('jwt-auth', 'hs256_by_hand.py').replace(/\n$/, ''));
  // A deliberate edit's different output is news, not an error: not in the error colour.
  await expect(status).toHaveAttribute('data-verdict', 'edited');
  const errorColour = await figure.locator('[data-run-output]').evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--danger)';
    document.body.append(probe);
    return getComputedStyle(probe).color;
  });
  expect(await status.evaluate((el) => getComputedStyle(el).color)).not.toBe(errorColour);

  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(figure.locator('textarea[data-editor]')).toHaveCount(0);
  await expect(figure.locator('.sample-code')).toBeVisible();
  // The last run described the edited code: Reset clears its output and verdict.
  await expect(figure.locator('.sample-run')).toBeHidden();
  await expect(figure.locator('[data-run-output]')).toBeEmpty();
  await expect(status).not.toHaveAttribute('data-verdict');
  expect(await runAndWait(figure)).toBe('Finished. This run printed exactly the recorded output.');
});

test('Edit starts at the top of the file; recorded and live output share one font size', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  await figure.getByRole('button', { name: 'Edit' }).click();
  const editor = figure.locator('textarea[data-editor]');
  await expect(editor).toBeFocused();
  expect(await editor.evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd, area.scrollTop])).toEqual([0, 0, 0]);
  expect(await editor.evaluate((area: HTMLTextAreaElement) => area.scrollHeight > area.clientHeight)).toBe(true);

  await runAndWait(figure);
  const size = (selector: string) => figure.locator(selector).evaluate((el) => getComputedStyle(el).fontSize);
  expect(await size('[data-run-output]')).toBe(await size('.sample-output pre code'));
  expect(await size('textarea[data-editor]')).toBe(await size('.sample-code pre code'));
});

test('a new run starts without the last verdict or its colour', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  await edit(figure, '1 / 0\n');
  expect(await runAndWait(figure)).toBe('Python raised an error (shown above).');
  const status = figure.locator('[data-run-status]');
  // Record every state the status passes through during the next run.
  await status.evaluate((el) => {
    const seen: { text: string; verdict?: string }[] = [];
    (window as unknown as { statusSeen: typeof seen }).statusSeen = seen;
    new MutationObserver(() => seen.push({ text: el.textContent ?? '', verdict: (el as HTMLElement).dataset.verdict })).observe(el, {
      attributes: true,
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  expect(await runAndWait(figure)).toBe('Python raised an error (shown above).');
  const seen = await page.evaluate(() => (window as unknown as { statusSeen: { text: string; verdict?: string }[] }).statusSeen);
  const beforeVerdict = seen.filter((state) => /^(Starting|Running)/.test(state.text));
  expect(beforeVerdict.length).toBeGreaterThan(0);
  expect(beforeVerdict.filter((state) => state.verdict !== undefined)).toEqual([]);
});

test('Tab indents in the editor, and Escape then Tab leaves it', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  await edit(figure, 'x');
  const editor = figure.locator('textarea[data-editor]');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await expect(editor).toHaveValue('x    ');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
});

test('sync def endpoints and dependencies run without threads', async ({ page }) => {
  await page.goto('questions/idempotency/');
  const figure = sample(page, 'retry_after_timeout.py');
  await edit(figure, [
    'import asyncio',
    'from typing import Annotated',
    'import httpx',
    'from fastapi import Depends, FastAPI',
    'app = FastAPI()',
    'def current_user() -> str:',
    '    return "ana"',
    '@app.get("/me")',
    'def me(user: Annotated[str, Depends(current_user)]) -> dict[str, str]:',
    '    return {"user": user}',
    'async def main() -> None:',
    '    transport = httpx.ASGITransport(app=app)',
    '    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:',
    '        r = await client.get("/me")',
    '        print(r.status_code, r.json())',
    'if __name__ == "__main__":',
    '    asyncio.run(main())',
  ].join('\n'));
  await runAndWait(figure);
  await expect(figure.locator('[data-run-output]')).toHaveText('200 {\'user\': \'ana\'}\n');
});

test('Stop ends an endless loop and the page stays responsive', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  await edit(figure, 'while True:\n    pass\n');
  await figure.getByRole('button', { name: 'Run' }).click();
  await expect(figure.locator('[data-run-status]')).toHaveText('Running…', { timeout: 60_000 });
  await expect(figure.getByRole('button', { name: 'Run' })).toBeDisabled();
  // The main thread is free: the theme toggle still responds while Python spins.
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  await figure.getByRole('button', { name: 'Stop' }).click();
  await expect(figure.locator('[data-run-status]')).toHaveText(/^Stopped\. The next run starts a fresh Python\.$/);
  await expect(figure.getByRole('button', { name: 'Stop' })).toBeHidden();

  await figure.getByRole('button', { name: 'Reset' }).click();
  expect(await runAndWait(figure)).toBe('Finished. This run printed exactly the recorded output.');
});

test('an endless loop is stopped by the 10 second limit', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  await edit(figure, 'print("before the loop")\nwhile True:\n    pass\n');
  expect(await runAndWait(figure, 75_000)).toMatch(/^Stopped after 10 seconds/);
  await expect(figure.locator('[data-run-output]')).toHaveText('before the loop\n');
});

test('output without end is cut at 100 kB with a notice', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  await edit(figure, 'while True:\n    print("y" * 99)\n');
  expect(await runAndWait(figure)).toMatch(/printed more than 100 kB/);
  const length = await figure.locator('[data-run-output]').evaluate((el) => el.textContent?.length ?? 0);
  expect(length).toBe(100_000);
});

test('asyncio.run blocks in place and returns what main returns, in order', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  await edit(figure, [
    'import asyncio',
    'async def main():',
    '    print("main starts")',
    '    await asyncio.sleep(0.01)',
    '    return 42',
    'def run_it():  # asyncio.run inside a function blocks too',
    '    return asyncio.run(main())',
    'print("before")',
    'x = asyncio.run(main())',
    'print("x =", x)',
    'print("from a function:", run_it())',
  ].join('\n'));
  await runAndWait(figure);
  await expect(figure.locator('[data-run-output]')).toHaveText('before\nmain starts\nx = 42\nmain starts\nfrom a function: 42\n');
});

test('an edited sample that imports SQLAlchemy gets its wheel and runs on sqlite', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py'); // a standard-library sample: no wheels of its own
  await edit(figure, [
    'from sqlalchemy import create_engine, text',
    'engine = create_engine("sqlite://")',
    'with engine.begin() as db:',
    '    db.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))',
    '    db.execute(text("INSERT INTO notes (body) VALUES (:b)"), [{"b": "buy milk"}, {"b": "call ana"}])',
    '    print(db.execute(text("SELECT id, body FROM notes ORDER BY id")).all())',
  ].join('\n'));
  await runAndWait(figure);
  await expect(figure.locator('[data-run-output]')).toHaveText("[(1, 'buy milk'), (2, 'call ana')]\n");
  const wheels = requests.filter((url) => url.includes('/api-guide/pyodide/wheels/')).map((url) => url.split('/').pop());
  expect(wheels.some((file) => /^sqlalchemy-.*\.whl$/.test(file!))).toBe(true);
});

test('errors read as in CPython: a traceback of the reader\'s code, a missing package, input(), a syntax error', async ({ page }) => {
  await page.goto('questions/jwt-auth/');
  const figure = sample(page, 'hs256_by_hand.py');
  const stderr = figure.locator('[data-run-output] .stderr');

  await edit(figure, 'def f():\n    return 1 / 0\n\nf()\n');
  expect(await runAndWait(figure)).toBe('Python raised an error (shown above).');
  await expect(stderr).toHaveText('Traceback (most recent call last):\n  File "hs256_by_hand.py", line 4, in <module>\n    f()\n    ~^^\n  File "hs256_by_hand.py", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n');
  await figure.getByRole('button', { name: 'Reset' }).click();

  await edit(figure, 'import numpy as np\n');
  await runAndWait(figure);
  await expect(stderr).toContainText("ModuleNotFoundError: No module named 'numpy'");
  await expect(stderr).toContainText('numpy does not run here: the in-browser Python has the standard library and these packages: ');
  await expect(stderr).toContainText('fastapi');
  await expect(stderr).toContainText('uv run hs256_by_hand.py');
  await expect(stderr).not.toContainText('micropip');

  await figure.locator('textarea[data-editor]').fill('name = input("Your name? ")\n');
  await runAndWait(figure);
  await expect(stderr).toContainText('EOFError: samples cannot read input');

  await figure.locator('textarea[data-editor]').fill('x = 1\nprint("a"\n');
  await runAndWait(figure);
  await expect(stderr).toHaveText('  File "hs256_by_hand.py", line 2\n    print("a"\n         ^\nSyntaxError: \'(\' was never closed\n');
});
