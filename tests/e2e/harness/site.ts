import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from './static-server';

/**
 * A private copy of the build on its own port (so its own origin and storage), which a scenario can
 * take offline by stopping the server, bring back, and deploy a new version to.
 */
export interface Site {
  url: string;
  /** The folder served; a bench can add pages beside the app. */
  root: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Changes the service worker, as deploying a new build does. */
  deployNewVersion(label: string): void;
  remove(): Promise<void>;
}

/** `couchdb`: where /couchdb/ is passed to, asked at each request (a test may stop that server). */
export async function startSite(folder = 'dist', couchdb?: () => string | null): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'kring-site-'));
  cpSync(folder, root, { recursive: true });
  let server = await serveFolder(root, 0, couchdb);
  const port = Number(new URL(server.url).port);
  let running = true;
  const stop = async () => {
    if (running) await server.close();
    running = false;
  };
  return {
    url: server.url,
    root,
    stop,
    async start() {
      if (!running) server = await serveFolder(root, port, couchdb);
      running = true;
    },
    deployNewVersion(label) {
      const sw = join(root, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// deployed: ${label}\n`);
    },
    async remove() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
