/**
 * A static server for the bench, the way a production host serves Parley:
 * files as they are, and the large datasets pre-compressed (a `.gz` beside
 * the file, sent with Content-Encoding: gzip), as nginx's gzip_static or a CDN
 * would. `vite preview` compresses on the fly instead: gzipping 65 MB took it
 * over a second of the same two cores the browser measures on, which is the
 * server's cost, not the app's.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Preview } from './server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export function startStatic(root: string, port: number): Promise<Preview> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root + sep) && path !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(path) || statSync(path).isDirectory()) path = join(root, 'index.html');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      // No Content-Security-Policy header: the bench's pages bypass it anyway (see measure.ts).
    };
    const gz = `${path}.gz`;
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzipOk && existsSync(gz)) {
      headers['Content-Encoding'] = 'gzip';
      headers['Content-Length'] = String(statSync(gz).size);
      res.writeHead(200, headers);
      createReadStream(gz).pipe(res);
      return;
    }
    headers['Content-Length'] = String(statSync(path).size);
    res.writeHead(200, headers);
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () =>
      resolve({ origin: `http://localhost:${port}`, stop: () => void server.close() }),
    );
  });
}
