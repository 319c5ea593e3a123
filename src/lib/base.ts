/**
 * Base-path helpers. The site is served at `/` locally and at `/<repo>/` on GitHub Pages,
 * so every internal URL is built from the configured base by these functions.
 */

/** Turns a BASE_PATH value ('', '/', 'api-guide', '/api-guide') into '/' or '/api-guide/'. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${raw}" is not a valid URL path (letters, digits, . _ ~ - and /).`);
  }
  return `/${trimmed}/`;
}

/**
 * Joins a site path ('questions/cors/', '/favicon.svg', 'search/?q=x#top') to a base ending in '/'.
 * Page paths get a trailing slash (the site uses trailingSlash: 'always'); file paths keep their name.
 */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const match = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, ''));
  const pathname = match?.[1] ?? '';
  const rest = match?.[2] ?? '';
  const lastSegment = pathname.split('/').pop() ?? '';
  const isFile = lastSegment.includes('.');
  const withSlash = pathname === '' || isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${root}${withSlash}${rest}`;
}
