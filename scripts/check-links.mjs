// Link check of the built site: every internal link, asset and #fragment must resolve.
// The site is mounted under its base path (as GitHub Pages serves it), so links that forget
// the base fail here. External links are listed but not fetched (tests have no network).
// Usage: node scripts/check-links.mjs [dist] (BASE_PATH as used for the build, default /api-guide/)
import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LinkChecker } from 'linkinator';

const dist = resolve(process.argv[2] ?? 'dist');
const base = (process.env.BASE_PATH ?? '/api-guide/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const root = mkdtempSync(join(tmpdir(), 'links-'));
const mount = join(root, base);
mkdirSync(dirname(mount.replace(/\/$/, '')), { recursive: true });
if (base === '/') rmSync(root, { recursive: true });
symlinkSync(dist, base === '/' ? root : mount.replace(/\/$/, ''));

const checker = new LinkChecker();
let external = 0;
const result = await checker.check({
  path: base.slice(1) || '.',
  serverRoot: root,
  recurse: true,
  checkFragments: true,
  linksToSkip: async (link) => {
    const isExternal = /^https?:\/\//.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
    if (isExternal) external++;
    return isExternal;
  },
});
rmSync(root, { recursive: true, force: true });

const broken = result.links.filter((link) => link.state === 'BROKEN');
const checked = result.links.filter((link) => link.state === 'OK').length;
for (const link of broken) {
  const parent = (link.parent ?? '').replace(/^https?:\/\/[^/]+/, '');
  console.error(`BROKEN ${link.status ?? ''} ${link.url.replace(/^https?:\/\/[^/]+/, '')}  (linked from ${parent})${link.failureDetails?.[0]?.message ? ` ${link.failureDetails[0].message}` : ''}`);
}
console.log(`links: ${checked} internal links and assets OK, ${broken.length} broken, ${external} external links not fetched`);
process.exit(broken.length > 0 ? 1 : 0);
