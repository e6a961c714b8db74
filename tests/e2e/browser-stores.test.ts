import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openProfile, removeProfile } from './harness/browser';
import { unlocked } from './harness/kring';

/**
 * Whatever is typed into Kring lands in IndexedDB as ciphertext, and nowhere else in the browser:
 * not in its form history ("Web Data"), not among saved passwords ("Login Data"), not in a cache.
 * The test uses a real profile and then reads every file in it.
 */
const baseUrl = inject('baseUrl');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProfile));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Files that hold `token` as UTF-8 or UTF-16 (Chromium writes both). */
function filesHolding(dir: string, token: string): string[] {
  const needles = [Buffer.from(token, 'utf8'), Buffer.from(token, 'utf16le')];
  return filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((n) => bytes.includes(n));
  });
}

describe('the browser’s own stores', () => {
  it('hold nothing typed: no name, note, place or passphrase in clear anywhere in the profile', async () => {
    const { context, dir, dispose } = await openProfile();
    dirs.push(dir);
    const page = await context.newPage();
    const secrets = {
      school: 'Basisschool Zwaluwstaart',
      passphrase: 'onze zwaluw vliegt laag',
      colleague: 'Wendelien Kwartelkoning',
      group: 'Groep Ooievaar',
      pupil: 'Barnabas',
      place: 'Fietsenstalling achter de gymzaal',
      description: 'Werd tegen het hek geduwd door twee kinderen',
    };
    await page.goto(baseUrl);
    await page.getByLabel('Naam van de school').fill(secrets.school);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(secrets.passphrase);
    await page.getByLabel('Wachtwoord nogmaals').fill(secrets.passphrase);
    await page.getByRole('button', { name: 'School aanmaken' }).click();
    await page.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
    await page.getByRole('button', { name: 'Verder naar Kring' }).click();
    await page.getByLabel('Interne vertrouwenspersoon').check();
    await page.getByLabel('Naam', { exact: true }).fill(secrets.colleague);
    await page.getByLabel('Naam', { exact: true }).press('Enter');
    await page.getByRole('list', { name: 'Toegevoegd' }).getByText(secrets.colleague).waitFor();
    await page.getByRole('button', { name: 'Verder: groepen en leerlingen' }).click();
    await page.getByText('Met de hand', { exact: true }).click();
    await page.getByLabel('Nieuwe groep').fill(secrets.group);
    await page.getByLabel('Nieuwe groep').press('Enter');
    // The group is there before a pupil is put in it.
    await page.getByText('Nu in Kring: 1 groep, 0 leerlingen.').waitFor();
    await page.getByLabel('Voornaam').fill(secrets.pupil);
    await page.getByLabel('Achternaam').fill('Klaproos');
    await page.getByLabel('Achternaam').press('Enter');
    await page.getByText('Nu in Kring: 1 groep, 1 leerling.').waitFor();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await page.getByRole('list', { name: 'Kies uw naam' }).getByRole('button').first().click();
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Zoek op naam').fill(secrets.pupil);
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
    await page.getByLabel('Wat is er gebeurd?').fill(secrets.description);
    await page.getByLabel('Waar?').fill(secrets.place);
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
    // Locked and opened again: the lock field is used as a login form would be.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, secrets.passphrase, secrets.colleague);
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByText(secrets.description).waitFor();
    await dispose();

    const found = Object.entries(secrets).flatMap(([what, text]) => filesHolding(dir, text).map((file) => `${what}: ${file.slice(dir.length)}`));
    expect(found).toEqual([]);
  });
});
