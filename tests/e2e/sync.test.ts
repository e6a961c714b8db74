import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startSyncServer, TABLETS, type SyncServer } from '../../scripts/sync-server.mjs';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { DEMO_PASSPHRASE, DEMO_TEACHER, chooseStaff, loadDemoSchool } from './harness/kring';
import { freePort } from './harness/free-port';
import { startSite, type Site } from './harness/site';

/**
 * Two tablets of one school (two browser contexts, each its own storage) and the school's sync server
 * on loopback, passed through the site's /couchdb/ as a school's web server does.
 */
const browser = chromiumForThisFile();
let server: SyncServer | null;
let site: Site;

beforeAll(async () => {
  server = await startSyncServer({ port: await freePort() });
  site = await startSite('dist', () => server?.url ?? null);
}, 60_000);
afterAll(async () => {
  await site?.remove();
  await server?.stop();
});

const viewport = { width: 1024, height: 768 };

async function serverDetails(page: Page, prefix: 'sync' | 'join', tablet: number) {
  await page.locator(`#${prefix}-server`).fill('/couchdb');
  await page.locator(`#${prefix}-database`).fill('school');
  await page.locator(`#${prefix}-username`).fill(TABLETS[tablet]!.username);
  await page.locator(`#${prefix}-password`).fill(TABLETS[tablet]!.password);
}

/** Tablet A: the demo school, sync turned on in the settings after a connection test. */
async function firstTablet(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await kringContext(browser(), { viewport });
  const page = await context.newPage();
  await loadDemoSchool(page, site.url);
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: /^Synchronisatie/ }).click();
  await page.getByRole('heading', { name: 'Synchronisatie', level: 1 }).waitFor();
  await serverDetails(page, 'sync', 0);
  await page.locator('#sync-password').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await page.getByText('De server weigert deze gebruikersnaam of dit wachtwoord.').waitFor();
  await serverDetails(page, 'sync', 0);
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await page.getByText('De verbinding werkt. De database is nog leeg: deze tablet zet de school erin.').waitFor();
  await page.getByRole('button', { name: 'Synchronisatie aanzetten' }).click();
  await page.getByText(/^Synchronisatie staat aan\./).waitFor();
  await page.getByRole('banner').getByText(/^Gesynchroniseerd om \d\d:\d\d/).waitFor({ timeout: 30_000 });
  return { context, page };
}

/** Tablet B: new, joined with the server's details and the school's passphrase. */
async function joinedTablet(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await kringContext(browser(), { viewport });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Deze tablet koppelen' }).click();
  await serverDetails(page, 'join', 1);
  await page.getByLabel('Wachtwoord van de school (of uw eigen wachtwoord)').fill('niet het wachtwoord van de school');
  await page.getByRole('button', { name: 'Koppelen en openen' }).click();
  await page.getByText(/^Dit wachtwoord opent de school op de server niet\./).waitFor({ timeout: 30_000 });
  await page.getByLabel('Wachtwoord van de school (of uw eigen wachtwoord)').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Koppelen en openen' }).click();
  await chooseStaff(page, DEMO_TEACHER, 60_000);
  await page.getByRole('heading', { name: 'Start' }).waitFor();
  await page.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 30_000 });
  return { context, page };
}

async function newMelding(page: Page, search: string, what: string): Promise<string> {
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('link', { name: 'Nieuwe melding' }).click();
  await page.getByLabel('Zoek op naam').fill(search);
  await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
  await page.getByLabel('Wat is er gebeurd?').fill(what);
  await page.getByRole('button', { name: 'Melding opslaan' }).click();
  await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
  return new URL(page.url()).hash;
}

/** The melding at `hash` on the other tablet, once it has arrived there: what it says. */
async function arrived(page: Page, hash: string, text: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.getByRole('main').getByText(text).waitFor({ timeout: 15_000 });
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
    const dump = await server!.dump();
    for (const text of [fromA, fromB, 'Ruben', 'Maud', DEMO_TEACHER, 'Regenboogh', 'Vlinder', 'meldingen', 'pupils', 'zaken', 'staff', 'groups', 'Wachtwoord van de school', 'nieuw', 'createdAt', 'status']) expect(dump).not.toContain(text);
    expect(dump).not.toMatch(/20\d\d-\d\d-\d\d/);
    expect(JSON.parse(dump).rows.length).toBeGreaterThan(200);
    await a.context.close();
    await b.context.close();
  }, 240_000);
});
