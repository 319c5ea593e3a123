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
