// A minimal static server for dist/ mounted under the base path, as GitHub Pages serves it.
// `astro preview` allows one server per project (Playwright may hold it), so scripts use this.
// Usage as a command: node scripts/serve-dist.mjs [port]   (BASE_PATH defaults to /api-guide/)
// Port 0 picks a free port; `dir` serves another copy of the site (the offline tests fake a deploy).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.zip': 'application/zip', '.py': 'text/x-python', '.txt': 'text/plain' };
const root = new URL('..', import.meta.url).pathname;

export async function serveDist(port, base = process.env.BASE_PATH ?? '/api-guide/', dir = join(root, 'dist')) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.startsWith(base) ? join(dir, path.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) return res.writeHead(404, { 'Content-Type': 'text/html' }).end(readFileSync(join(dir, '404.html')));
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const close = () => {
    server.close();
    server.closeAllConnections(); // keep-alive connections too, so the site is really gone
  };
  return { url: `http://127.0.0.1:${server.address().port}${base}`, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDist(Number(process.argv[2] ?? 4321));
  console.log(`serving dist/ at ${url}`);
}
