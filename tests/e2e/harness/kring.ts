import type { Page } from 'playwright-core';
import { jpsProtocol } from '../../../src/domain/protocol';
import { handleTab } from '../engines/handle-tab';
import * as steps from './steps';

/**
 * The steps of steps.ts for a Playwright page, for the Chromium-only checks (axe, requests, clock):
 * each step is written once, for every engine.
 */
export { DEMO_PASSPHRASE, DEMO_TEACHER } from './steps';

const tabOf = (page: Page) => handleTab(page, 'Chromium');

export const loadDemoSchool = (page: Page, baseUrl: string) => steps.loadDemoSchool(tabOf(page), baseUrl);
export const unlockWith = (page: Page, passphrase?: string) => steps.enterPassphrase(tabOf(page), passphrase);
export const unlocked = (page: Page, passphrase?: string, as?: string) => steps.unlock(tabOf(page), passphrase, as);
export const waitForServiceWorker = (page: Page) => steps.waitForServiceWorker(tabOf(page));
export const draftSaved = (page: Page) => steps.waitForDraftSaved(tabOf(page));

/** Searches the pupil picker and chooses the first pupil whose name matches. */
export async function pickPupil(page: Page, search: string, name: string | RegExp): Promise<void> {
  await page.getByLabel('Zoek op naam').fill(search);
  await page.getByRole('button', { name: typeof name === 'string' ? new RegExp(name) : name }).first().click();
}

/** The lead leaves gespreksmodus: holds the button down until the question appears, then confirms. */
export async function leaveGespreksmodus(page: Page, passphrase = steps.DEMO_PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: /Gespreksmodus verlaten/ }).hover();
  await page.mouse.down();
  await page.getByRole('button', { name: 'Ja, verlaten' }).waitFor();
  await page.mouse.up();
  await page.getByRole('button', { name: 'Ja, verlaten' }).click();
  // Proven with a secret: the school's passphrase, or the lead's own.
  await page.getByLabel('Wachtwoord van de school of uw eigen wachtwoord').fill(passphrase);
  await page.getByRole('button', { name: 'Gespreksmodus verlaten' }).click();
}

/**
 * A teacher's melding about the first pupil `search` finds, judged "pesten" on all three questions:
 * ends on the new zaak. Returns the child's name as the picker showed it.
 */
export async function meldingJudgedPesten(page: Page, search: string, description: string, reason: string): Promise<string> {
  await page.getByRole('link', { name: 'Nieuwe melding' }).click();
  await page.getByLabel('Zoek op naam').fill(search);
  await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
  const child = (await page.getByRole('list', { name: 'Gekozen leerlingen' }).getByRole('listitem').first().textContent())!.replace('×', '').trim();
  await page.getByLabel('Wat is er gebeurd?').fill(description);
  await page.getByRole('button', { name: 'Melding opslaan' }).click();
  await page.getByRole('link', { name: 'Beoordelen: plagen of pesten?' }).click();
  for (const { question } of jpsProtocol.triageCriteria) await page.getByRole('group', { name: question }).getByLabel('Ja', { exact: true }).check();
  await page.getByText('De antwoorden wijzen op: Pesten').waitFor();
  await page.getByRole('group', { name: 'Uitkomst' }).getByLabel(/^Pesten/).check();
  await page.getByLabel('Waarom komt u tot deze conclusie?').fill(reason);
  await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await page.getByRole('heading', { name: `Zaak: ${child}`, exact: false }).waitFor();
  return child;
}

/** Taps a name on "Wie gebruikt deze tablet?", and types `passphrase` where the name asks for one. */
export const chooseStaff = (page: Page, name: string, timeoutMs?: number, passphrase?: string) => steps.chooseStaff(tabOf(page), name, timeoutMs, passphrase);

/** From anywhere in an unlocked Kring as someone who may: `name` gets `passphrase` as their own, confirmed with the school's. */
export async function giveOwnPassphrase(page: Page, baseUrl: string, name: string, passphrase: string): Promise<void> {
  await page.goto(`${baseUrl}#/instellingen/medewerkers`);
  await page.getByRole('button', { name: `Eigen wachtwoord geven (${name})` }).click();
  await page.getByLabel('Uw wachtwoord (ter bevestiging)').fill(steps.DEMO_PASSPHRASE);
  await page.getByLabel(`Nieuw wachtwoord voor ${name}`).fill(passphrase);
  await page.getByLabel('Nieuw wachtwoord nogmaals').fill(passphrase);
  await page.getByRole('button', { name: 'Eigen wachtwoord opslaan' }).click();
  await page.getByText(`${name} heeft nu een eigen wachtwoord.`).waitFor();
}
