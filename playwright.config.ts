import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser.mjs';

// End-to-end tests run against `astro preview` of a build made with this base path,
// so every link and asset is exercised as GitHub Pages serves a project site.
const basePath = process.env.BASE_PATH ?? '/api-guide/';
const port = Number(process.env.E2E_PORT ?? 4322);
const baseURL = `http://localhost:${port}${basePath}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
    // The built site registers a service worker; only e2e/offline.spec.ts lets it run, so the other
    // specs see the network as a first visit does (and their page.route mocks keep working).
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: baseURL,
    env: { BASE_PATH: basePath },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
