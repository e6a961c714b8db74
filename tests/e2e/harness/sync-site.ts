import { afterAll, beforeAll } from 'vitest';
import { startSyncServer, type SyncServer } from '../../../scripts/sync-server.mjs';
import { freePort } from './free-port';
import { startSite, type Site } from './site';

/**
 * For a test file whose tablets sync: the school's sync server on loopback, and a private copy of the
 * site that passes /couchdb/ through to it as a school's web server does. Started once for the file.
 */
export function syncSiteForThisFile(): { readonly server: SyncServer; readonly site: Site } {
  let server: SyncServer | null = null;
  let site: Site | null = null;
  beforeAll(async () => {
    server = await startSyncServer({ port: await freePort() });
    site = await startSite('dist', () => server?.url ?? null);
  }, 60_000);
  afterAll(async () => {
    await site?.remove();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the sync server is not running (outside a test?)');
      return server;
    },
    get site() {
      if (!site) throw new Error('the site is not running (outside a test?)');
      return site;
    },
  };
}
