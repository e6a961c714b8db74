import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TABLETS } from '../../scripts/sync-server.mjs';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { giveOwnPassphrase, loadDemoSchool, unlocked } from './harness/kring';
import { newMelding, openSyncSettings, turnOnSync } from './harness/tablets';
import { syncSiteForThisFile } from './harness/sync-site';

/**
 * What is left in the page's memory once Kring is locked: a heap snapshot (Chromium's own, through
 * the DevTools protocol) holds no child's name, no note, no passphrase and no sync account password.
 */
const browser = chromiumForThisFile();
const world = syncSiteForThisFile();

const CARLA_OWN = 'heapzin van carla zeven negen';
const FIRST = 'Quirijntje';
const LAST = 'Heapveldhuis';
const NOTE = 'Heapnotitie: bij het hek uitgescholden en geduwd';

/** Every string in a heap snapshot of the page, after the garbage is collected. */
async function heapText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join('')) as { strings: string[] };
  return snapshot.strings.join('\n');
}

describe('the page after the lock', () => {
  it('holds no name, note, passphrase or sync account password', async () => {
    const context = await kringContext(browser(), { viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await loadDemoSchool(page, world.site.url);
    await openSyncSettings(page);
    await turnOnSync(page, 'school');
    await page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 60_000 });

    await giveOwnPassphrase(page, world.site.url, 'Carla Beekhuis', CARLA_OWN);
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, CARLA_OWN);

    // A melding written, then opened again: its note and its pupils' names on screen.
    // A pupil whose name is in no source file (the demo's names are, in its generator), and a melding about them.
    await page.goto(`${world.site.url}#/instellingen/leerlingen`);
    await page.getByLabel('Voornaam').fill(FIRST);
    await page.getByLabel('Achternaam').fill(LAST);
    await page.getByLabel('Groep van de leerling').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Leerling toevoegen' }).click();
    await page.getByText(`${FIRST} ${LAST} toegevoegd.`).waitFor();
    await newMelding(page, LAST, NOTE);
    await page.getByText(NOTE).first().waitFor();
    await page.getByRole('heading', { name: `Melding over ${FIRST} ${LAST}` }).waitFor();
    const secrets = { note: NOTE, 'first name': FIRST, 'last name': LAST, passphrase: CARLA_OWN, 'account password': TABLETS[0]!.password, 'account header': Buffer.from(`${TABLETS[0]!.username}:${TABLETS[0]!.password}`).toString('base64') };
    // The secrets are in the page while it is open (so the search below can find them).
    const open = await heapText(page);
    expect(open).toContain(NOTE);
    expect(open).toContain(LAST);

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
    // Time for what the lock let go of to become garbage (a sync request under way, an animation).
    await new Promise((r) => setTimeout(r, 2000));
    const locked = await heapText(page);
    const found = Object.entries(secrets).filter(([, value]) => locked.includes(value)).map(([what]) => what);
    expect(found).toEqual([]);
    await context.close();
  }, 180_000);
});
