import type { Page } from 'playwright-core';
import { TABLETS } from '../../../scripts/sync-server.mjs';
import { chooseStaff, DEMO_PASSPHRASE, DEMO_TEACHER } from './kring';

/**
 * The steps of a school's tablets in sync (Playwright, Chromium): the server's details as the school's
 * IT gives them, turning sync on, joining a new tablet, and a melding saved. Shared by the browser
 * tests and the bench.
 */

export async function serverDetails(page: Page, prefix: 'sync' | 'join', tablet: number, database: string): Promise<void> {
  await page.locator(`#${prefix}-server`).fill('/couchdb');
  await page.locator(`#${prefix}-database`).fill(database);
  await page.locator(`#${prefix}-username`).fill(TABLETS[tablet]!.username);
  await page.locator(`#${prefix}-password`).fill(TABLETS[tablet]!.password);
}

/** From anywhere in an unlocked Kring: Instellingen → Synchronisatie, fill in, turn on. */
export async function openSyncSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('link', { name: /^Synchronisatie/ }).click();
  await page.getByRole('heading', { name: 'Synchronisatie', level: 1 }).waitFor();
}

export async function turnOnSync(page: Page, database: string, tablet = 0): Promise<void> {
  await serverDetails(page, 'sync', tablet, database);
  await page.getByRole('button', { name: 'Synchronisatie aanzetten' }).click();
  await page.getByText(/^Synchronisatie staat aan\./).waitFor({ timeout: 120_000 });
}

/** A new tablet (nothing on it yet) joins with the server's details and `passphrase`; resolves at "Wie gebruikt deze tablet?". */
export async function joinSchool(page: Page, url: string, database: string, tablet: number, passphrase = DEMO_PASSPHRASE): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Deze tablet koppelen' }).click();
  await serverDetails(page, 'join', tablet, database);
  await page.getByLabel('Wachtwoord van de school (of uw eigen wachtwoord)').fill(passphrase);
  await page.getByRole('button', { name: 'Koppelen en openen' }).click();
}

export async function chooseTeacher(page: Page): Promise<void> {
  await chooseStaff(page, DEMO_TEACHER, 60_000);
  await page.getByRole('heading', { name: 'Start' }).waitFor();
}

/** A melding about the first child `search` finds; returns the melding's address (its hash). */
export async function newMelding(page: Page, search: string, what: string): Promise<string> {
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('link', { name: 'Nieuwe melding' }).click();
  await page.getByLabel('Zoek op naam').fill(search);
  await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
  await page.getByLabel('Wat is er gebeurd?').fill(what);
  await page.getByRole('button', { name: 'Melding opslaan' }).click();
  await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
  return new URL(page.url()).hash;
}

/** A playground incident with the quick log: children by group and their place in the list, "Verbaal", at `area`. */
export async function logIncident(page: Page, pupils: { group: string; index: number }[], area: string): Promise<void> {
  await page.getByRole('link', { name: 'Plein', exact: true }).click();
  await page.getByRole('heading', { name: 'Pleinincident' }).waitFor();
  for (const p of pupils) {
    await page.getByLabel('Groep').selectOption({ label: p.group });
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button', { pressed: false }).nth(p.index).click();
  }
  await page.getByRole('button', { name: 'Verbaal' }).click();
  await page.getByRole('button', { name: area }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText(/^Opgeslagen: /).waitFor();
}
