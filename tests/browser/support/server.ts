import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server on loopback; `switchTo` serves another built site from then on, as a deployment would. */
export interface StaticServer {
  server: Server;
  url: string;
  /** The paths asked for so far, in order. */
  requests: string[];
  switchTo(root: string): void;
}

/**
 * Serves a built site on loopback (and `answers`, the tests' own JSON endpoints, by path), as a static host would (index.html per folder, 404.html with status 404);
 * the service worker with no-store, as a host must serve it (README), so each deployment's reaches the reader.
 */
export function serveStatic(firstRoot: string, answers: Record<string, () => Promise<string>> = {}, options: { cacheAssets?: boolean } = {}): Promise<StaticServer> {
  let root = firstRoot;
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const answer = answers[pathname];
    if (answer) {
      // A test's own endpoint (the global setup's): JSON, answered when its promise settles.
      void answer().then((body) => response.writeHead(200, { 'content-type': 'application/json' }).end(body));
      return;
    }
    requests.push(pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? '' });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    // _astro/ files are named by their content: a host may let browsers keep them (README), and the browser tests'
    // server does (cacheAssets), so that a test's hundred loads of a page do not fetch its modules a hundred times.
    // The offline tests' own server does not: there the service worker alone must keep what a page needs.
    const caching = pathname === '/sw.js' ? { 'cache-control': 'no-store' } : options.cacheAssets && pathname.startsWith('/_astro/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...caching });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://127.0.0.1:${port}`,
        requests,
        switchTo: (next) => {
          root = next;
        },
      });
    });
  });
}
