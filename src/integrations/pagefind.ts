/**
 * Builds the search index with Pagefind's Node API once Astro has written the site, so that
 * `astro build` alone makes a complete site and the service worker integration, which runs after
 * this one, can list the index files it caches. Options are the ones the `pagefind` command takes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';

export function pagefind(options: PagefindServiceConfig = {}): AstroIntegration {
  return {
    name: 'api-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Smaller index chunks: a question of several words then fetches far fewer bytes (measured in
        // README, Search). Undocumented and marked unstable by Pagefind: if a release drops it, search
        // still works and `npm run bench` shows the bytes rise. The Pagefind service inherits this env.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2500';
        const { index, errors } = await createIndex(options);
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
