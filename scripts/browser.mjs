// Chromium launch options shared by Playwright tests and scripts: Debian's chromium when present
// (this project's CI machines cannot download Playwright's own browser), Playwright's otherwise.
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
