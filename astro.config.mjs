// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { normalizeBase } from './src/lib/base.ts';
import { codeThemes } from './src/lib/code-themes.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker/index.ts';
import { siteName } from './src/site-config.ts';
import { inlineCodeBreaks } from './src/markdown/inline-code-plugin.ts';

// BASE_PATH and SITE_URL let the same build serve at / locally and at /<repo>/ on GitHub Pages.
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests that build fixture content use their own cache so they never touch the real one.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Order matters: Pagefind writes the index, then the service worker lists every file, index included.
  integrations: [mdx(), pagefind(), serviceWorker({ siteName })],
  build: { format: 'directory' },
  markdown: {
    // Astro's default processor, plus line-breaking rules for inline code (MDX pages inherit it).
    processor: satteri({ hastPlugins: [inlineCodeBreaks] }),
    shikiConfig: {
      themes: codeThemes,
      defaultColor: false,
    },
  },
});
