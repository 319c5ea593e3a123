// Screenshots of key pages at phone and desktop widths, light and dark, for looking at the site.
// Usage: node scripts/screenshots.mjs <base-url> <out-dir> [path ...]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.mjs';

const [baseUrl = 'http://localhost:4321/api-guide/', outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['', 'topics/http/', 'questions/idempotency/'];
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(new URL(path, baseUrl).href);
      const name = (path.replace(/\/$/, '').replace(/\//g, '_') || 'home') + `-${width}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${outDir}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
