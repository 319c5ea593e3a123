import type { Locator } from '@playwright/test';
import { test, expect, reachReviewWidget } from './fixtures.ts';

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
      await reachReviewWidget(page);
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

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the sticky header stays low', async ({ page }) => {
    await page.goto('questions/jwt-auth/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(68);
    for (const target of await page.locator('.site-header a, .site-header button').all()) {
      const box = (await target.boundingBox())!;
      expect(Math.min(box.width, box.height), 'targets stay at least 24 px').toBeGreaterThanOrEqual(24);
    }
  });

  test('short inline code never breaks mid-token, and long code does not push the page sideways', async ({ page }) => {
    for (const path of ['questions/jwt-auth/', 'questions/async-def-vs-def/', 'questions/fastapi-testing/']) {
      await page.goto(path);
      const broken = await page.locator('code.code-token').evaluateAll((codes) =>
        codes.filter((code) => code.checkVisibility() && code.getClientRects().length > 1).map((code) => code.textContent),
      );
      expect(broken, path).toEqual([]);
      expect(await page.locator('code.code-token').count(), path).toBeGreaterThan(5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    }
    await expect(page.locator('.sample-run-local code').first()).toHaveClass(/code-token/);
  });

  test('long code wraps at its break points, not inside a name', async ({ page }) => {
    await page.goto('questions/fastapi-testing/');
    const code = page.locator('code', { hasText: 'httpx.AsyncClient(transport=httpx.ASGITransport' }).first();
    const layout = await code.evaluate((el) => {
      const range = document.createRange();
      const lines = new Map<number, string>();
      let split = 0;
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        range.selectNodeContents(node);
        // Rects of a text node on one line share a top; more than one top means it broke inside.
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1 && !node.textContent!.includes(' ')) split++;
        const top = Math.min(...tops);
        lines.set(top, (lines.get(top) ?? '') + node.textContent);
      }
      return { lines: [...lines.values()], split, breaks: el.querySelectorAll('wbr').length };
    });
    expect(layout.breaks).toBeGreaterThan(3);
    expect(layout.lines.length, layout.lines.join(' | ')).toBeGreaterThan(1);
    expect(layout.split, layout.lines.join(' | ')).toBe(0);
  });

  test('a sample toolbar sits directly on its code', async ({ page }) => {
    await page.goto('questions/jwt-auth/');
    const figure = page.locator('.sample').first();
    const bar = (await figure.locator('.sample-bar').boundingBox())!;
    const code = (await figure.locator('.sample-code pre').boundingBox())!;
    expect(Math.abs(code.y - (bar.y + bar.height))).toBeLessThanOrEqual(1);
  });

  test('the search placeholder fits its box, on the page and in the dialog', async ({ page }) => {
    const fits = () =>
      page.locator('.search-input').first().evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(input.placeholder).width <= room;
      });
    await page.goto('search/');
    await expect(page.locator('.search-input')).toBeVisible();
    expect(await fits()).toBe(true);
    await page.goto('questions/jwt-auth/');
    await page.locator('.search-trigger').click();
    await expect(page.locator('.search-dialog .search-input')).toBeVisible();
    expect(await fits()).toBe(true);
  });

  test('difficulty badges do not squeeze the text beside them', async ({ page }) => {
    await page.goto('./');
    const widths = await page.locator('.legend dl > div').first().evaluate((row) => [row.getBoundingClientRect().width, row.querySelector('dd')!.getBoundingClientRect().width]);
    expect(widths[1]).toBeGreaterThan(widths[0]! * 0.9);
  });
});
