import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of what the first screen needs, and of everything the service worker precaches. */
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;

export function measureSizes(dist: string) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const css = [...html.matchAll(/href="\.\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!))];
  return {
    initialJsGzip: initial.reduce((sum, f) => sum + gz(join(dist, f)), 0),
    initialCssGzip: css.reduce((sum, f) => sum + gz(join(dist, f)), 0),
    precacheFiles: precached.length,
    precacheGzip: precached.reduce((sum, f) => sum + gz(join(dist, f)), 0),
    precacheRaw: precached.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0),
  };
}
