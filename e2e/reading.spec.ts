import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** The text of the last code line wholly inside the sample's visible code box. */
async function lastVisibleLine(code: Locator): Promise<string> {
  return code.evaluate((pre) => {
    const box = pre.getBoundingClientRect();
    const visible = [...pre.querySelectorAll<HTMLElement>('.line')].filter((line) => line.getBoundingClientRect().bottom <= box.bottom);
    return visible.at(-1)?.textContent ?? '';
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a long sample, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('shows that it continues, and Show all unfolds it', async ({ page }) => {
      await page.goto('questions/jwt-auth/');
      const figure = page.locator('.sample[data-sample="hs256_by_hand.py"]');
      const code = figure.locator('.sample-code pre');
      const unfold = figure.locator('.sample-unfold summary');
      const total = await code.locator('.line').count();

      await expect(unfold).toHaveText(`Show all ${total} lines`, { useInnerText: true });
      expect(await code.evaluate((pre) => pre.scrollHeight > pre.clientHeight + 100)).toBe(true);
      expect((await lastVisibleLine(code)).trim(), 'the fold must not end on a blank line').not.toBe('');

      await unfold.click();
      await expect(unfold).toHaveText('Show less', { useInnerText: true });
      expect(await code.evaluate((pre) => pre.scrollHeight - pre.clientHeight)).toBeLessThanOrEqual(1);
      expect(await lastVisibleLine(code)).toBe(await code.locator('.line').last().textContent());
    });
  });
}

test.describe('print', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a question page prints its content without controls, on light paper (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('questions/jwt-auth/');
      await expect(page.locator('[data-review-widget]')).toBeVisible();
      await page.emulateMedia({ media: 'print', colorScheme });

      for (const control of ['.site-header', '[data-theme-toggle]', '.search-trigger', '.sample-actions', '.sample-unfold', '[data-review-widget]', '[data-rate]']) {
        await expect(page.locator(control).first(), control).toBeHidden();
      }
      const code = page.locator('.sample[data-sample="hs256_by_hand.py"] .sample-code pre');
      const style = await code.evaluate((pre) => {
        const cs = getComputedStyle(pre);
        return { whole: pre.scrollHeight - pre.clientHeight <= 1, overflow: cs.overflowY, breakInside: cs.breakInside };
      });
      // Printed whole, and free to continue on the next page rather than leaving its title bar alone.
      expect(style).toEqual({ whole: true, overflow: 'visible', breakInside: 'auto' });
      expect(await page.locator('.sample-bar').first().evaluate((bar) => getComputedStyle(bar).breakAfter)).toBe('avoid');
      expect(await page.locator('.prose h2').first().evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
      const body = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector('.sample-output')!).backgroundColor]);
      expect(body[0]).toBe('rgb(0, 0, 0)');
      expect(body[1]).toBe('rgb(243, 244, 246)'); // the light --out-bg, whatever the screen theme
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no page shows a control that does nothing', async ({ page }) => {
    for (const path of ['./', 'topics/http/', 'questions/jwt-auth/', 'questions/', 'search/', 'practice/', 'no-such-page/']) {
      await page.goto(path);
      // Every <button> needs a script; links, <details> and the Download link work on their own.
      expect(await page.locator('button').evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).map((b) => b.outerHTML.slice(0, 80))), path).toEqual([]);
      await expect(page.locator('.search-trigger kbd'), `${path}: the "/" shortcut needs a script`).toBeHidden();
    }
  });

  test('practice and search say they need JavaScript and point to the list of questions', async ({ page }) => {
    await page.goto('practice/');
    await expect(page.locator('.notice')).toContainText('Practice runs in your browser and needs JavaScript');
    for (const part of ['.practice-setup', '.practice-tools', '[data-export]', '[data-import-form]', '[data-topics="all"]']) {
      await expect(page.locator(part), part).toBeHidden();
    }
    await page.goto('search/');
    await expect(page.locator('.notice')).toContainText('Without it, use the list of all questions, grouped by topic');
    await page.goto('topics/http/');
    await expect(page.getByRole('link', { name: 'Practise this topic' })).toBeHidden();
  });
});
