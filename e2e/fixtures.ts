import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';

/** Every test fails if any page it visited logged a console error or threw. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // The 404 page's own document status is expected; anything else it loads must succeed.
        const isDocument404 = message.text().includes('status of 404') && message.location().url === page.url();
        if (!isDocument404) errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** The WCAG rules whose result can change with the theme: the themes differ only in colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe violations on the page (or within the `include` selector; only `rules` when given), as short
 * readable strings. axe-core is added to the page and run in place: several times faster than
 * AxeBuilder, which opens a second page to finish every scan.
 */
export async function axeViolations(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ([tags, selector, only]) => {
      const runOnly = only ? { type: 'rule' as const, values: only } : { type: 'tag' as const, values: tags };
      const results = await window.axe.run(selector ? { include: [selector] } : document, { runOnly });
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    },
    [WCAG_TAGS, include, rules] as const,
  );
}

/** Page width beyond the viewport, in CSS pixels (0 means no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Scrolls to the end of a question page, where the review widget loads as the reader nears it. */
export async function reachReviewWidget(page: Page): Promise<void> {
  await page.locator('.question-body .sources').scrollIntoViewIfNeeded();
}
