import { createServer, request as httpRequest, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** A plain static server over a folder the test controls, so a test can "deploy" a new build. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * `couchdb`: requests under /couchdb/ go to that server, as the school's web server passes them to
 * its CouchDB (README): the app and its sync server share one origin. A server that is down gives 502.
 */
/** What the README tells a school's web server to add to everything under /couchdb/. */
export const COUCHDB_HEADERS = { 'content-security-policy': 'sandbox', 'x-content-type-options': 'nosniff', 'content-disposition': 'attachment' };

export async function serveFolder(root: string, port = 0, couchdb?: () => string | null): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const target = couchdb?.();
    if (request.url?.startsWith('/couchdb/') || request.url === '/couchdb') {
      if (!target) return void response.writeHead(502).end();
      const upstream = httpRequest(`${target}${request.url.slice('/couchdb'.length) || '/'}`, { method: request.method, headers: { ...request.headers, host: new URL(target).host } }, (answer) => {
        // As the README's web-server lines: nothing the database serves runs as a page on Kring's origin.
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...COUCHDB_HEADERS });
        answer.pipe(response);
      });
      upstream.on('error', () => {
        if (!response.headersSent) response.writeHead(502);
        response.end();
      });
      request.pipe(upstream);
      return;
    }
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
