import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ADMIN, TABLETS } from '../../scripts/sync-server.mjs';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { DEMO_PASSPHRASE, DEMO_TEACHER, chooseStaff, giveOwnPassphrase, loadDemoSchool, meldingJudgedPesten, unlocked, waitForServiceWorker } from './harness/kring';
import { jpsProtocol } from '../../src/domain/protocol';
import { joinSchool, logIncident, newMelding, openSyncSettings, serverDetails } from './harness/tablets';
import { syncSiteForThisFile } from './harness/sync-site';

/**
 * Two tablets of one school (two browser contexts, each its own storage) and the school's sync server
 * on loopback, passed through the site's /couchdb/ as a school's web server does.
 */
const browser = chromiumForThisFile();
const world = syncSiteForThisFile();

const viewport = { width: 1024, height: 768 };

/** Tablet A: the demo school, sync turned on in the settings after a connection test. */
async function firstTablet(database = 'school'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await kringContext(browser(), { viewport });
  const page = await context.newPage();
  await loadDemoSchool(page, world.site.url);
  await openSyncSettings(page);
  await serverDetails(page, 'sync', 0, database);
  await page.locator('#sync-password').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await page.getByText('De server weigert dit account of dit wachtwoord.').waitFor();
  await serverDetails(page, 'sync', 0, database);
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await page.getByText('De verbinding werkt. De database is nog leeg: deze tablet zet de school erin.').waitFor();
  await page.getByRole('button', { name: 'Synchronisatie aanzetten' }).click();
  await page.getByText(/^Synchronisatie staat aan\./).waitFor();
  await page.getByRole('banner').getByText(/^Gesynchroniseerd om \d\d:\d\d/).waitFor({ timeout: 30_000 });
  return { context, page };
}

/** Tablet B: new, joined with the server's details and the school's passphrase. */
async function joinedTablet(database = 'school', tablet = 1): Promise<{ context: BrowserContext; page: Page }> {
  const context = await kringContext(browser(), { viewport });
  const page = await context.newPage();
  await joinSchool(page, world.site.url, database, tablet, 'niet het wachtwoord van de school');
  await page.getByText(/^Met dit wachtwoord gaat de school op de server niet open\./).waitFor({ timeout: 30_000 });
  await page.getByLabel('Wachtwoord van de school (of uw eigen wachtwoord)').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Koppelen en openen' }).click();
  await chooseStaff(page, DEMO_TEACHER, 60_000);
  await page.getByRole('heading', { name: 'Start' }).waitFor();
  await page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 30_000 });
  return { context, page };
}

async function renameSchool(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByLabel('Naam van de school').fill(name);
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await page.getByText('De naam is opgeslagen.').waitFor();
}

/** On the tablet at `page`: Carla Beekhuis gets a passphrase of her own. */
const giveCarlaOwnPassphrase = (page: Page) => giveOwnPassphrase(page, world.site.url, 'Carla Beekhuis', 'carla haar eigen zin');

/** The melding at `hash` on the other tablet, once it has arrived there: what it says. */
async function arrived(page: Page, hash: string, text: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.getByRole('main').getByText(text).waitFor({ timeout: 15_000 });
}

/** What server.dump() holds, as far as these tests read it. */
interface ServerDump {
  rows: { id: string; doc?: { blob?: string; lock?: { id: string } } }[];
}

describe('two tablets of one school, through the school’s CouchDB', () => {
  it('a melding on one tablet appears on the other, both ways; the server holds ciphertext only', async () => {
    const a = await firstTablet();
    const b = await joinedTablet();
    // B holds the school: its pupils, staff and the demo's zaak came from the server.
    await b.page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await b.page.getByRole('main').getByRole('listitem').first().waitFor();

    const fromA = 'Op het plein werd zijn pet steeds afgepakt.';
    const hashA = await newMelding(a.page, 'ruben', fromA);
    await arrived(b.page, hashA, fromA);

    const fromB = 'In de rij bij de gym werd ze uitgelachen.';
    await arrived(a.page, await newMelding(b.page, 'maud', fromB), fromB);
    await a.page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor();

    // What the server holds: random ids, revisions and blobs; no name, text, date or table name.
    const dump = await world.server.dump();
    // Short words are looked for with their JSON quotes (a quote is never part of base64): bare, they
    // turn up in a megabyte of random base64 by chance.
    for (const text of [fromA, fromB, DEMO_TEACHER, 'Regenboogh', 'Verzonnen Vlinder', '"meldingen"', '"pupils"', '"zaken"', '"staff"', '"groups"', 'Wachtwoord van de school', '"nieuw"', '"createdAt"', '"status"', '"table"'])
      expect(dump).not.toContain(text);
    expect(dump).not.toMatch(/20\d\d-\d\d-\d\d/);
    expect(JSON.parse(dump).rows.length).toBeGreaterThan(200);
    expect(JSON.parse(dump).results.length).toBeGreaterThan(200);
    // What the database serves on Kring's origin never runs as a page there (README's web-server lines).
    const served = await a.page.evaluate(async () => {
      const r = await fetch('/couchdb/');
      return [r.headers.get('content-security-policy'), r.headers.get('x-content-type-options'), r.headers.get('content-disposition')];
    });
    expect(served).toEqual(['sandbox', 'nosniff', 'attachment']);
    await a.context.close();
    await b.context.close();
  }, 240_000);

  it('both edit offline and merge; a real conflict is shown side by side and settled on both; nothing waits afterwards', async () => {
    await world.server.createDatabase('offline');
    const a = await firstTablet('offline');
    const b = await joinedTablet('offline');
    // Offline only once each tablet has Kring cached: a tablet that just joined may still be fetching it.
    await Promise.all([waitForServiceWorker(a.page), waitForServiceWorker(b.page)]);
    await a.context.setOffline(true);
    await b.context.setOffline(true);

    const hashA = await newMelding(a.page, 'ruben', 'Zonder netwerk gemeld op tablet A.');
    const hashB = await newMelding(b.page, 'maud', 'Zonder netwerk gemeld op tablet B.');
    await a.page.getByRole('banner').getByText(/^\d+ wijziging(en)? wacht(en)? op verbinding$/).waitFor({ timeout: 15_000 });
    // The same setting changed on both: rival edits, which no rule settles.
    await renameSchool(a.page, 'De Verzonnen Vlinder (A)');
    await renameSchool(b.page, 'De Verzonnen Vlinder (B)');

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await arrived(b.page, hashA, 'Zonder netwerk gemeld op tablet A.');
    await arrived(a.page, hashB, 'Zonder netwerk gemeld op tablet B.');

    // Both tablets see the difference; A chooses; B then shows A's choice, and the choice is gone on both.
    await a.page.getByRole('banner').getByText(/1 verschil tussen tablets om te kiezen/).waitFor({ timeout: 20_000 });
    await b.page.getByRole('banner').getByText(/1 verschil tussen tablets om te kiezen/).waitFor({ timeout: 20_000 });
    await a.page.getByRole('banner').getByRole('link', { name: /verschil tussen tablets om te kiezen/ }).click();
    const choice = a.page.getByRole('group', { name: 'Verschil bij de instellingen van de school' });
    await choice.getByRole('button', { name: /Naam: De Verzonnen Vlinder \(A\)/ }).waitFor();
    expect(await choice.getByRole('button', { name: /De Verzonnen Vlinder \(B\)/ }).count()).toBe(1);
    await choice.getByRole('button', { name: /De Verzonnen Vlinder \(A\)/ }).click();
    // Each version says which tablet and colleague wrote it.
    expect(await choice.getByRole('button', { name: /De Verzonnen Vlinder \(B\)/ }).textContent()).toMatch(/^De versie van Tablet [0-9A-F]{4}Tablet [0-9A-F]{4}, Sven Regenboogh/);
    await choice.getByRole('button', { name: 'Deze versie laten gelden op alle tablets' }).click();
    await a.page.getByText(/^De gekozen versie staat nu op alle tablets\. De andere is bewaard/).waitFor();
    // The version not chosen stays readable, with who chose and when, on both tablets.
    const earlier = (page: Page) => page.getByRole('region', { name: 'Eerdere keuzes' });
    await earlier(a.page).getByText(/^De instellingen van de school: Sven Regenboogh koos de versie van Tablet [0-9A-F]{4}, Sven Regenboogh$/).waitFor();
    expect(await earlier(a.page).textContent()).toMatch(/Niet gekozen, bewaard: de versie van Tablet [0-9A-F]{4}, Sven Regenboogh: Naam: De Verzonnen Vlinder \(B\)/);
    await a.page.getByRole('banner').getByText('De Verzonnen Vlinder (A)').waitFor();
    // B had its own version on screen; now it shows the one chosen on A, and no choice is left.
    await b.page.getByRole('banner').getByText('De Verzonnen Vlinder (A)').waitFor({ timeout: 20_000 });
    await b.page.getByRole('banner').getByText(/verschil/).waitFor({ state: 'detached' });
    await b.page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 20_000 });
    expect(await a.page.getByRole('banner').getByText(/verschil/).count()).toBe(0);
    await openSyncSettings(b.page);
    await earlier(b.page).getByText(/Niet gekozen, bewaard: .*De Verzonnen Vlinder \(B\)/).waitFor({ timeout: 20_000 });
    // B's settings field follows the chosen name: saving it cannot put the other one back.
    await b.page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    expect(await b.page.getByLabel('Naam van de school').inputValue()).toBe('De Verzonnen Vlinder (A)');
    // Neither version was lost before the choice: the server kept both until then, and only B's now.
    expect(await world.server.dump('offline')).not.toContain('_conflicts');
    await a.context.close();
    await b.context.close();
  }, 240_000);

  it('a server that goes away mid-sync loses nothing; a revoked account is said in Dutch and keeps its changes', async () => {
    await world.server.createDatabase('gone');
    const a = await firstTablet('gone');
    const b = await joinedTablet('gone');
    // The way to the server is cut for both tablets (as when it is stopped), and restored.
    let serverUp = true;
    await a.context.route('**/couchdb/**', (route) => (serverUp ? route.continue() : route.abort('connectionrefused')));
    await b.context.route('**/couchdb/**', (route) => (serverUp ? route.continue() : route.abort('connectionrefused')));

    serverUp = false;
    const hashA = await newMelding(a.page, 'ruben', 'Gemeld terwijl de server weg was.');
    await a.page.getByRole('banner').getByText(/^\d+ wijziging(en)? wacht(en)? op verbinding$/).waitFor({ timeout: 15_000 });
    await a.page.reload();
    await unlocked(a.page, DEMO_PASSPHRASE, DEMO_TEACHER);
    // Still waiting after a reload: nothing was dropped.
    await a.page.getByRole('banner').getByText(/wacht(en)? op verbinding$/).waitFor({ timeout: 15_000 });
    serverUp = true;
    await arrived(b.page, hashA, 'Gemeld terwijl de server weg was.');
    await a.page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 30_000 });

    // The school's IT removes B's account (a lost tablet): B says so, and what B saves stays on B.
    await world.server.removeAccount(TABLETS[1]!.username);
    const hashB = await newMelding(b.page, 'maud', 'Gemeld nadat het account weg was.');
    await b.page.getByRole('banner').getByText(/wacht(en)? op verbinding$|Synchronisatie gestopt/).waitFor({ timeout: 20_000 });
    await b.page.getByRole('banner').getByRole('link', { name: /wacht(en)? op verbinding$|Synchronisatie gestopt/ }).click();
    await b.page.getByText(/De server weigert het account van deze tablet/).waitFor({ timeout: 20_000 });
    await b.page.evaluate((h) => (location.hash = h), hashB);
    await b.page.getByRole('main').getByText('Gemeld nadat het account weg was.').waitFor();
    await a.context.close();
    await b.context.close();
  }, 240_000);

  it('deletion travels: a revoked own passphrase no longer opens the other tablet, and retention removes the same records there', async () => {
    await world.server.createDatabase('deletions');
    const a = await firstTablet('deletions');
    // tablet-2's account was removed above: this B is the school's third tablet.
    const b = await joinedTablet('deletions', 2);
    const slotsOnB = () => b.page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('kring');
      open.onsuccess = () => {
        const count = open.result.transaction('keySlots').objectStore('keySlots').count();
        count.onsuccess = () => resolve(count.result);
      };
    }));
    const slotsBefore = await slotsOnB();

    await giveCarlaOwnPassphrase(a.page);
    await expect.poll(slotsOnB, { timeout: 20_000 }).toBe(slotsBefore + 1);
    // The slots' locks travel in clear (a joining tablet needs them): their ids name no colleague.
    const slotIds = (JSON.parse(await world.server.dump('deletions')) as ServerDump).rows.flatMap((r) => (r.doc?.lock ? [r.doc.lock.id] : []));
    expect(slotIds.filter((id) => !/^(passphrase-school|recovery|slot-[0-9a-f-]{36})$/.test(id))).toEqual([]);
    expect(slotIds.filter((id) => id.startsWith('slot-'))).toHaveLength(1);
    // Carla's own passphrase, given on A, opens B, and says who she is there too.
    await b.page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(b.page, 'carla haar eigen zin');
    expect(await b.page.locator('header').textContent()).toContain('Carla Beekhuis');

    await a.page.getByRole('button', { name: 'Eigen wachtwoord intrekken (Carla Beekhuis)' }).click();
    await a.page.getByText('Het eigen wachtwoord van Carla Beekhuis is ingetrokken.').waitFor();
    await expect.poll(slotsOnB, { timeout: 20_000 }).toBe(slotsBefore);
    await b.page.getByRole('button', { name: 'Vergrendel' }).click();
    await b.page.getByLabel('Wachtwoord', { exact: true }).fill('carla haar eigen zin');
    await b.page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await b.page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();
    await unlocked(b.page, DEMO_PASSPHRASE, DEMO_TEACHER);

    // Years later on A: groep 8 left, the retention term passed, A deletes. B loses the same records.
    await a.page.clock.setSystemTime(new Date('2027-07-10T09:00:00'));
    await a.page.goto(`${world.site.url}#/instellingen/nieuw-schooljaar`);
    await a.page.reload();
    await unlocked(a.page, DEMO_PASSPHRASE, DEMO_TEACHER);
    await a.page.getByRole('button', { name: 'Groepen doorschuiven naar 2027-2028' }).click();
    await a.page.getByText(/hebben de school verlaten/).waitFor();
    // B sees groep 8 leave.
    await b.page.evaluate(() => (location.hash = '#/instellingen/leerlingen'));
    await b.page.getByText('Vertrokken leerlingen: 25').waitFor({ timeout: 30_000 });
    await a.page.clock.setSystemTime(new Date('2029-07-10T09:00:00'));
    await a.page.goto(`${world.site.url}#/instellingen/bewaren`);
    await a.page.reload();
    await unlocked(a.page, DEMO_PASSPHRASE, DEMO_TEACHER);
    await a.page.getByLabel(/Ik heb gelezen wat er verdwijnt/).check();
    await a.page.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await a.page.getByText(/: 0 zaken, 0 meldingen, 0 pleinincidenten en 23 leerlingen\./).waitFor();
    await a.page.getByText('Er is niets te verwijderen.').waitFor();
    // Two stay (a melding about them is not judged yet), on both tablets alike.
    await b.page.getByText('Vertrokken leerlingen: 2', { exact: true }).waitFor({ timeout: 30_000 });
    // Removals travel sealed, never as bare tombstones (which the other tablets would refuse), and
    // carry nothing readable.
    const dump = JSON.parse(await world.server.dump('deletions')) as { results: { deleted?: boolean; doc: Record<string, unknown> }[] };
    expect(dump.results.filter((r) => r.deleted)).toEqual([]);
    for (const row of dump.results) expect(Object.keys(row.doc).filter((k) => !['_id', '_rev', 'v', 'blob', 'lock'].includes(k))).toEqual([]);
    // After a term of real use, every sealed document is one of a few sizes: the server cannot tell a
    // pupil from a colleague, a melding or a zaak by what it holds (sealing adds the same bytes to each).
    const sizes = dump.results.map((r) => Buffer.from(String(r.doc.blob), 'base64').byteLength);
    const added = Math.min(...sizes) - 4096;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(64);
    expect([...new Set(sizes.map((s) => s - added))].filter((s) => ![4096, 16384].includes(s) && s % 65536 !== 0)).toEqual([]);
    await a.context.close();
    await b.context.close();
  }, 300_000);

  it('a melding taken on one tablet is "Nieuw voor u" for the IVP on the other, until read; who read it is in its history', async () => {
    await world.server.createDatabase('alerts');
    const a = await firstTablet('alerts');
    const b = await joinedTablet('alerts', 0);
    // A is now the IB'er's tablet; B is Sven's (teacher of groep 6 and IVP).
    await a.page.getByRole('button', { name: /wissel/ }).click();
    await chooseStaff(a.page, 'Carla Beekhuis');
    const hash = await newMelding(a.page, 'ruben', 'Bij de fietsenstalling werd hij geduwd.');
    const child = (await a.page.getByRole('heading', { name: /^Melding over/ }).textContent())!.replace('Melding over ', '');

    await b.page.getByRole('link', { name: 'Start', exact: true }).click();
    const news = b.page.getByRole('region', { name: /^Nieuw voor u/ });
    const item = news.getByRole('listitem').filter({ hasText: child });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.textContent()).toContain('Nieuwe melding');
    const before = Number((await news.getByRole('heading').textContent())!.match(/\((\d+)\)/)![1]);
    await item.getByRole('button', { name: /^Markeer als gelezen/ }).click();
    await item.waitFor({ state: 'detached' });
    expect(await news.getByRole('heading').textContent()).toBe(`Nieuw voor u (${before - 1})`);
    // Still read after a reload, and on the other tablet the melding says who read it and when.
    await b.page.reload();
    await unlocked(b.page, DEMO_PASSPHRASE, DEMO_TEACHER);
    await b.page.getByRole('heading', { name: 'Start' }).waitFor();
    expect(await b.page.getByRole('region', { name: /^Nieuw voor u/ }).getByRole('listitem').filter({ hasText: child }).count()).toBe(0);
    await a.page.evaluate((h) => (location.hash = h), hash);
    await a.page.getByText(/^Sven Regenboogh, \d+ nov/).waitFor({ timeout: 20_000 });
    await a.context.close();
    await b.context.close();
  }, 240_000);

  it('a key renewed on one tablet: the other keeps working, moves over with the new passphrase, and loses nothing', async () => {
    await world.server.createDatabase('renewal');
    const a = await firstTablet('renewal');
    const b = await joinedTablet('renewal', 2);
    const renewed = 'nieuwe sleutel voor de vlinder';

    await a.page.goto(`${world.site.url}#/instellingen/beveiliging`);
    await a.page.locator('#rotate-current').fill(DEMO_PASSPHRASE);
    await a.page.locator('#rotate-new').fill(renewed);
    await a.page.locator('#rotate-repeat').fill(renewed);
    await a.page.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
    await a.page.getByLabel('Ik heb de herstelsleutel opgeschreven').check({ timeout: 30_000 });
    await a.page.getByRole('button', { name: 'Sleutel nu vernieuwen' }).click();
    await a.page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor({ timeout: 60_000 });
    await unlocked(a.page, renewed, DEMO_TEACHER);
    const fromA = await newMelding(a.page, 'ruben', 'Na de nieuwe sleutel gemeld op A.');

    // B notices, says what to do, and keeps working under its old key meanwhile.
    await b.page.getByRole('banner').getByText('Sleutel vernieuwd: actie nodig').waitFor({ timeout: 30_000 });
    const fromB = await newMelding(b.page, 'maud', 'Op B gemeld voordat B was omgezet.');
    await b.page.getByRole('banner').getByRole('link', { name: 'Sleutel vernieuwd: actie nodig' }).click();
    await b.page.locator('#sync-renewed').fill(DEMO_PASSPHRASE);
    await b.page.getByRole('button', { name: 'Deze tablet omzetten' }).click();
    await b.page.getByText(/^Dit wachtwoord opent de vernieuwde sleutel niet\./).waitFor();
    await b.page.locator('#sync-renewed').fill(renewed);
    await b.page.getByRole('button', { name: 'Deze tablet omzetten' }).click();
    await b.page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 60_000 });

    await arrived(b.page, fromA, 'Na de nieuwe sleutel gemeld op A.');
    await arrived(a.page, fromB, 'Op B gemeld voordat B was omgezet.');
    await b.page.getByRole('link', { name: 'Start', exact: true }).click();
    expect(await b.page.getByText(/niet worden gelezen/).count()).toBe(0);
    // B opens with the renewed passphrase only.
    await b.page.getByRole('button', { name: 'Vergrendel' }).click();
    await b.page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSPHRASE);
    await b.page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await b.page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();
    await unlocked(b.page, renewed, DEMO_TEACHER);
    expect(await b.page.getByText(/niet worden gelezen/).count()).toBe(0);
    await a.context.close();
    await b.context.close();
  }, 300_000);

  it('incidents logged on two tablets count together: the signal and its alert reach the child’s teacher', async () => {
    await world.server.createDatabase('signals');
    const a = await firstTablet('signals');
    const b = await joinedTablet('signals', 2);
    // Two on the surveillant's tablet, one on the teacher's: only together are they three in four weeks.
    await logIncident(a.page, [{ group: 'Groep 6', index: 0 }], 'Zandbak');
    await logIncident(a.page, [{ group: 'Groep 6', index: 0 }], 'Klimrek');
    await b.page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor();
    await logIncident(b.page, [{ group: 'Groep 6', index: 0 }], 'Zandbak');
    await b.page.getByRole('link', { name: 'Start', exact: true }).click();
    const flag = b.page.locator('section[aria-labelledby="home-signals"]').getByRole('listitem').first();
    await flag.waitFor({ timeout: 20_000 });
    expect(await flag.textContent()).toMatch(/3 keer doelwit in 4 weken/);
    await b.page.getByRole('region', { name: /^Nieuw voor u/ }).getByText('Signaal: mogelijk pesten').first().waitFor();
    await a.context.close();
    await b.context.close();
  }, 240_000);

  it('one melding judged apart on two tablets: the judgement that opened a zaak stands, the other is kept and shown', async () => {
    await world.server.createDatabase('judgements');
    const a = await firstTablet('judgements');
    const b = await joinedTablet('judgements', 2);
    const hash = await newMelding(a.page, 'ruben', 'Werd bij het hek steeds nageroepen.');
    await arrived(b.page, hash, 'Werd bij het hek steeds nageroepen.');
    await Promise.all([waitForServiceWorker(a.page), waitForServiceWorker(b.page)]);
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    const judge = async (page: Page, outcome: 'Pesten' | 'Plagen', reason: string, followUp?: string) => {
      await page.evaluate((h) => (location.hash = `${h}/beoordelen`), hash);
      for (const { question } of jpsProtocol.triageCriteria) await page.getByRole('group', { name: question }).getByLabel(outcome === 'Pesten' ? 'Ja' : 'Nee', { exact: true }).check();
      await page.getByRole('group', { name: 'Uitkomst' }).getByLabel(new RegExp(`^${outcome}`)).check();
      await page.getByLabel('Waarom komt u tot deze conclusie?').fill(reason);
      if (followUp) await page.getByLabel('Welk vervolg kiest u?').fill(followUp);
      await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    };
    await judge(a.page, 'Plagen', 'Over en weer, het lijkt een spel.', 'Gesprek in de klas over grenzen.');
    await a.page.getByRole('heading', { name: /^Melding over/ }).waitFor();
    await judge(b.page, 'Pesten', 'Al weken, steeds dezelfde kinderen.');
    await b.page.getByRole('heading', { name: /^Zaak:/ }).waitFor();
    await a.context.setOffline(false);
    await b.context.setOffline(false);

    // On both tablets: pesten with its zaak, and the plagen judgement kept beside it with its reasons.
    for (const page of [a.page, b.page]) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.getByText('Tegelijk ook beoordeeld:').waitFor({ timeout: 30_000 });
      const main = (await page.getByRole('main').textContent())!;
      expect(main).toContain('Pesten — zaak geopend');
      expect(main).toContain('Al weken, steeds dezelfde kinderen.');
      expect(main).toContain('Over en weer, het lijkt een spel.');
      expect(main).toContain('Gesprek in de klas over grenzen.');
    }
    // The zaak's history (its dossier) holds the judgement that was not followed, with its reason.
    await a.page.getByRole('link', { name: /^Zaak: / }).click();
    await a.page.getByText('Tegelijk ook beoordeeld, niet gevolgd: plagen').waitFor();
    expect(await a.page.getByRole('main').textContent()).toContain('Over en weer, het lijkt een spel.');
    expect(await a.page.getByRole('banner').getByText(/verschil/).count()).toBe(0);
    await a.context.close();
    await b.context.close();
  }, 240_000);

  it('the server cannot delete, rewind or replay: a tombstone, an older version and a revoked passphrase are undone on both tablets, and said', async () => {
    await world.server.createDatabase('hostile');
    const a = await firstTablet('hostile');
    const b = await joinedTablet('hostile', 2);
    // As the server's admin (or any account of the school): plain CouchDB requests.
    const couch = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${world.server.url}/hostile/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as Record<string, unknown> & { _rev: string; rows: { id: string; value: { rev: string }; doc: Record<string, unknown> }[] };
    };
    const revs = async () => new Map((await couch('GET', '_all_docs?include_docs=true')).rows.map((r) => [r.id, r.doc]));

    // A melding: its document is the one that appears (once both tablets have written their checkpoints).
    for (const page of [a.page, b.page]) await page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 30_000 });
    const before = await revs();
    const hash = await newMelding(a.page, 'ruben', 'Op de server gewist, op de tablets bewaard.');
    await arrived(b.page, hash, 'Op de server gewist, op de tablets bewaard.');
    const meldingDoc = [...(await revs()).keys()].find((id) => !before.has(id))!;
    // The server deletes it (a bare tombstone): both tablets keep it, put it back, and say so.
    await couch('DELETE', `${meldingDoc}?rev=${(await couch('GET', meldingDoc))._rev}`);
    await expect.poll(async () => (await couch('GET', meldingDoc))._rev !== undefined, { timeout: 20_000 }).toBe(true);
    await arrived(b.page, hash, 'Op de server gewist, op de tablets bewaard.');
    await a.page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await a.page.getByText(/Een melding werd op de server verwijderd zonder dat een tablet dat deed\. Kring heeft het teruggezet\./).first().waitFor({ timeout: 20_000 });

    // The school renamed; the server then serves the old name again as the newest version.
    const named = await revs();
    await renameSchool(a.page, 'De Verzonnen Vlinder (nieuw)');
    await b.page.getByRole('banner').getByText('De Verzonnen Vlinder (nieuw)').waitFor({ timeout: 20_000 });
    const after = await revs();
    const schoolDoc = [...after.keys()].find((id) => named.get(id)?._rev !== after.get(id)?._rev && id !== meldingDoc)!;
    const old = named.get(schoolDoc)!;
    await couch('PUT', schoolDoc, { ...old, _rev: after.get(schoolDoc)!._rev });
    // Refused on both tablets: the new name stays, is sent again, and the rollback is said.
    await a.page.getByText(/de server bood een oudere versie aan als nieuw\. Kring hield de nieuwste/).first().waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await couch('GET', schoolDoc)).blob !== old.blob, { timeout: 20_000 }).toBe(true);
    await a.page.reload();
    await unlocked(a.page, DEMO_PASSPHRASE, DEMO_TEACHER);
    expect(await a.page.getByRole('banner').textContent()).toContain('De Verzonnen Vlinder (nieuw)');
    expect(await b.page.getByRole('banner').textContent()).toContain('De Verzonnen Vlinder (nieuw)');
    // A colleague's own passphrase, revoked; the server then serves its slot again as the newest version.
    const beforeSlot = await revs();
    await giveCarlaOwnPassphrase(a.page);
    const slotDoc = async () => [...(await revs()).entries()].find(([id, doc]) => !beforeSlot.has(id) && doc.lock)?.[0];
    await expect.poll(slotDoc, { timeout: 20_000 }).toBeTruthy();
    const slotId = (await slotDoc())!;
    const revokedBody = (await revs()).get(slotId)!;
    await a.page.getByRole('button', { name: 'Eigen wachtwoord intrekken (Carla Beekhuis)' }).click();
    await a.page.getByText('Het eigen wachtwoord van Carla Beekhuis is ingetrokken.').waitFor();
    await expect.poll(async () => (await couch('GET', slotId))._rev !== revokedBody._rev, { timeout: 20_000 }).toBe(true);
    await b.page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 30_000 });
    await couch('PUT', slotId, { ...revokedBody, _rev: (await couch('GET', slotId))._rev });
    // Refused: the removal stands and is sent again, the replay is said; the passphrase opens nothing on B.
    await expect.poll(async () => (await couch('GET', slotId)).blob !== revokedBody.blob, { timeout: 20_000 }).toBe(true);
    await openSyncSettings(a.page);
    await a.page.getByText(/^Een wachtwoord of sleutel: de server bood een oudere versie aan als nieuw/).first().waitFor({ timeout: 20_000 });
    await b.page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 30_000 });
    await b.page.getByRole('button', { name: 'Vergrendel' }).click();
    await b.page.getByLabel('Wachtwoord', { exact: true }).fill('carla haar eigen zin');
    await b.page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await b.page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();
    await unlocked(b.page, DEMO_PASSPHRASE, DEMO_TEACHER);

    // Compared in the staff room, not through the server: both tablets hold the same.
    const code = async (page: Page) => {
      await page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
      await page.getByRole('button', { name: /^Code (van deze tablet tonen|opnieuw berekenen)$/ }).click();
      return (await page.locator('.holding-code__digits').textContent())!;
    };
    await expect.poll(async () => (await code(a.page)) === (await code(b.page)), { timeout: 30_000 }).toBe(true);
    expect(await code(a.page)).toMatch(/^\d{5} \d{5} \d{5} \d{5}$/);
    await a.context.close();
    await b.context.close();
  }, 240_000);

  it('stap 1 held on two tablets offline: both conversations are kept, and the lead records which one stands', async () => {
    await world.server.createDatabase('stap1');
    const a = await firstTablet('stap1');
    const b = await joinedTablet('stap1', 2);
    await a.page.getByRole('link', { name: 'Start', exact: true }).click();
    await meldingJudgedPesten(a.page, 'maud', 'Wordt elke pauze buitengesloten.', 'Al weken, steeds dezelfde kinderen.');
    const zaakUrl = await a.page.evaluate(() => location.hash);
    await b.page.evaluate((h) => (location.hash = h), zaakUrl);
    await b.page.getByRole('heading', { name: /^Zaak: / }).waitFor({ timeout: 20_000 });
    await Promise.all([waitForServiceWorker(a.page), waitForServiceWorker(b.page)]);
    await a.context.setOffline(true);
    await b.context.setOffline(true);

    // Each tablet holds stap 1 with the child, each composing another support group.
    const holdStap1 = async (page: Page, group: string, what: string) => {
      await page.getByRole('link', { name: /^Stap 1/ }).click();
      await page.getByLabel('Wat speelt er?').fill(what);
      await page.getByRole('group', { name: 'Hoe voelt de leerling zich?' }).getByText('Verdrietig', { exact: true }).click();
      await page.getByLabel('Groep', { exact: true }).selectOption({ label: group });
      const picks = page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button', { pressed: false });
      for (let i = 0; i < 6; i++) await picks.first().click();
      await page.getByLabel(/^Rol van /).first().selectOption('pester');
      await page.getByLabel('Supportgroep samen met de leerling samengesteld').check();
      for (const task of ['Ouders erbij betrokken', /extra surveillant/]) await page.getByRole('group', { name: task }).getByText('Gedaan', { exact: true }).click();
      await page.getByRole('button', { name: 'Gesprek afronden' }).click();
      await page.getByRole('heading', { name: /^Zaak: / }).waitFor();
    };
    await holdStap1(a.page, 'Groep 6', 'Op tablet A: buitengesloten bij het voetbal.');
    await holdStap1(b.page, 'Groep 5', 'Op tablet B: uitgelachen in de rij.');
    await a.context.setOffline(false);
    await b.context.setOffline(false);

    // Both conversations survive on both tablets; the lead is asked which one stands.
    for (const page of [a.page, b.page]) {
      await page.getByRole('heading', { name: 'Twee keer vastgelegd: Stap 1: Gesprek met de gepeste leerling' }).waitFor({ timeout: 30_000 });
      const timeline = (await page.getByRole('region', { name: 'Tijdlijn' }).textContent())!;
      expect(timeline.match(/Stap 1 — Gesprek met de gepeste leerling/g)).toHaveLength(2);
    }
    expect(await a.page.getByRole('banner').getByText(/verschil/).count()).toBe(0);
    const choice = a.page.getByRole('group', { name: 'Welk gesprek geldt?' });
    await a.page.getByRole('button', { name: 'Vastleggen welk gesprek geldt' }).click();
    await a.page.getByText('Kies welk gesprek geldt.').waitFor();
    await choice.getByRole('radio').first().check();
    await a.page.getByLabel('Waarom geldt dit gesprek?').fill('Dit gesprek was eerst; B is later met dezelfde leerling gevoerd.');
    await a.page.getByRole('button', { name: 'Vastleggen welk gesprek geldt' }).click();
    for (const page of [a.page, b.page]) {
      await page.getByText(/^Vastgelegd welk gesprek geldt: Stap 1/).waitFor({ timeout: 30_000 });
      expect(await page.getByRole('heading', { name: /^Twee keer vastgelegd/ }).count()).toBe(0);
    }
    await a.context.close();
    await b.context.close();
  }, 240_000);
});
