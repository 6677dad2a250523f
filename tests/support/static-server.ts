// A static file server for browser tests and benchmarks: serves dist/ under a sub-path (as a
// static host would), with no rewrites, so the build is tested the way users deploy it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
};

export interface StaticSite { url: string; close: () => Promise<void>; server: Server }

export async function serveStatic(root: string, base = '/policy-targets/', override?: (path: string) => string | Buffer | undefined): Promise<StaticSite> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) { response.writeHead(404).end('not found'); return; }
    const relative = url.pathname.slice(base.length) || 'index.html';
    const replaced = override?.(relative);
    if (replaced !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(replaced);
      return;
    }
    const path = normalize(join(root, relative));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) { response.writeHead(404).end('not found'); return; }
    // compress text as static hosts do, so timings are representative
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (/gzip/.test(String(request.headers['accept-encoding'])) && /text|javascript|json|svg|manifest/.test(type)) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(path).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${base}`, server, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
