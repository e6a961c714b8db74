import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startSyncServer, TABLETS, type SyncServer } from '../../../scripts/sync-server.mjs';
import { engines, type Tab } from '../engines';
import { freePort } from '../harness/free-port';
import { startSite, type Site } from '../harness/site';
import { chooseStaff, DEMO_PASSPHRASE, DEMO_TEACHER, loadDemoSchool, pickPupil, startNewMelding, unlock, waitForHeading, waitForText } from '../harness/steps';

/**
 * The basic exchange in every engine: two tablets (two tabs on two origins, so two stores) of one
 * school, through its CouchDB on loopback, passed through each site's /couchdb/.
 */
let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer({ port: await freePort() });
}, 60_000);
afterAll(() => server?.stop());

async function serverDetails(tab: Tab, tablet: number, database: string): Promise<void> {
  await tab.type({ label: 'Adres van de server' }, '/couchdb');
  await tab.type({ label: 'Database' }, database);
  await tab.type({ label: 'Account van deze tablet' }, TABLETS[tablet]!.username);
  await tab.type({ label: 'Wachtwoord van het account' }, TABLETS[tablet]!.password);
}

describe.each(engines)('two tablets in sync in $name', (engine) => {
  it('a melding saved on one tablet is read on the other; a server that deletes it removes nothing', async () => {
    const database = `school-${engine.name}`;
    await server.createDatabase(database);
    const [siteA, siteB] = (await Promise.all([startSite('dist', () => server.url), startSite('dist', () => server.url)])) as [Site, Site];
    const session = await engine.start();
    try {
      const a = session.tab;
      await loadDemoSchool(a, siteA.url);
      await a.click({ link: 'Instellingen' });
      await a.click({ link: /^Synchronisatie/ });
      await waitForHeading(a, 'Synchronisatie');
      await serverDetails(a, 0, database);
      await a.click({ button: 'Synchronisatie aanzetten' });
      await waitForText(a, 'Synchronisatie staat aan.', 30_000).catch(async (e: unknown) => {
        throw new Error(`${String(e)}; page: ${(await a.run<string>('() => document.body.innerText')).slice(0, 1500)}`);
      });
      await waitForText(a, 'Gesynchroniseerd om', 30_000);

      const b = await session.openTab();
      await b.goto(siteB.url);
      await b.click({ button: 'Deze tablet koppelen' });
      await serverDetails(b, 1, database);
      await b.type({ label: /^Wachtwoord van de school/ }, DEMO_PASSPHRASE);
      await b.click({ button: 'Koppelen en openen' });
      await chooseStaff(b, DEMO_TEACHER, 60_000);
      await waitForHeading(b, 'Start');

      // As the server's admin: plain CouchDB requests.
      const couch = async (method: string, path: string) => {
        const response = await fetch(`${server.url}/${database}/${path}`, { method, headers: { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` } });
        return (await response.json()) as { rows: { id: string; value: { rev: string; deleted?: boolean } }[] };
      };
      const live = async () => new Map((await couch('GET', '_all_docs')).rows.map((r) => [r.id, r.value.rev]));
      const before = await live();

      await a.click({ link: 'Start' });
      await startNewMelding(a);
      await pickPupil(a, 'emma');
      await a.type({ label: 'Wat is er gebeurd?' }, 'Op tablet A gemeld, op tablet B gelezen');
      await a.click({ button: 'Melding opslaan' });
      await waitForText(a, 'Melding over');
      const hash = await a.run<string>('() => location.hash');
      await b.run('(h) => { location.hash = h; return true; }', hash);
      await waitForText(b, 'Op tablet A gemeld, op tablet B gelezen', 30_000);

      // The server deletes every document that appeared since (bare tombstones): nothing is removed,
      // the tablets put each back, and the melding still reads on B after a reload.
      const added = [...(await live()).entries()].filter(([id]) => !before.has(id));
      expect(added.length).toBeGreaterThan(0);
      for (const [id, rev] of added) await couch('DELETE', `${encodeURIComponent(id)}?rev=${rev}`);
      await expect.poll(async () => { const now = await live(); return added.every(([id]) => now.has(id)); }, { timeout: 30_000, interval: 250 }).toBe(true);
      await b.run('() => { location.reload(); return true; }');
      await unlock(b, DEMO_PASSPHRASE, DEMO_TEACHER);
      await b.run('(h) => { location.hash = h; return true; }', hash);
      await waitForText(b, 'Op tablet A gemeld, op tablet B gelezen', 30_000);
    } finally {
      await session.quit();
      await Promise.all([siteA.remove(), siteB.remove()]);
    }
  }, 240_000);
});
