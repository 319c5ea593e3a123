// Axe (WCAG 2.2 AA) on every HTML page of the built site, in the light and then the dark theme: a
// new page is scanned without anyone listing it here. One page object per part; both themes share
// one navigation (the CSS follows prefers-color-scheme as it changes). The themes differ only in
// colours (light-dark() in global.css), so the dark pass runs the colour rules: all rules there
// cost twice as much and could find nothing more.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, axeViolations, COLOUR_RULES } from './fixtures.ts';

const dist = join(import.meta.dirname, '..', 'dist');

/** 'questions/cors/index.html' -> 'questions/cors/'; '404.html' stays as it is. */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1'))
  .sort();

/** The pages split in as many parts as the browser tests have workers, so the parts run side by side. */
const PARTS = 2;

test('the scan finds the built site', () => {
  expect(pages.length, 'dist/ holds the built site (npm run build:pages-test)').toBeGreaterThan(10);
  expect(pages).toEqual(expect.arrayContaining(['', '404.html', 'questions/', 'search/', 'practice/']));
});

for (let part = 0; part < PARTS; part++) {
  const mine = pages.filter((_, i) => i % PARTS === part);
  test(`no axe violations on any page, light and dark (part ${part + 1} of ${PARTS}: ${mine.length} pages)`, async ({ page }) => {
    test.setTimeout(30_000 + mine.length * 3_000);
    const found: string[] = [];
    for (const path of mine) {
      await page.goto(path);
      await page.emulateMedia({ colorScheme: 'light' });
      found.push(...(await axeViolations(page)).map((v) => `${path} (light): ${v}`));
      await page.emulateMedia({ colorScheme: 'dark' });
      found.push(...(await axeViolations(page, undefined, COLOUR_RULES)).map((v) => `${path} (dark): ${v}`));
    }
    expect(found).toEqual([]);
  });
}
