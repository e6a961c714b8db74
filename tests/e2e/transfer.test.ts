import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { loadDemoSchool, pickPupil } from './harness/kring';

/** Cases move to a fresh tablet (a second browser profile) in a file only a one-time passphrase opens. */
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('moving cases between tablets', () => {
  it('exports an encrypted file from one profile and merges it into a fresh second one', async () => {
    const first = await kringContext(browser);
    const a = await first.newPage();
    await loadDemoSchool(a, baseUrl);
    await a.getByTestId('backup-reminder').getByText('Er is op deze tablet nog geen reservekopie gemaakt.').waitFor();
    await a.getByRole('link', { name: 'Nieuwe melding' }).first().click();
    await pickPupil(a, 'noor', 'Noor');
    await a.getByLabel('Wat is er gebeurd?').fill('Meegenomen naar de nieuwe tablet');
    await a.getByRole('button', { name: 'Melding opslaan' }).click();
    await a.getByRole('heading', { name: /Melding over/ }).waitFor();
    // A setting of the school's own, which a full backup carries along.
    await a.goto(`${baseUrl}#/instellingen/bewaren`);
    await a.getByLabel('Bewaren na vertrek van de leerling').selectOption('3');
    await a.getByText('De bewaartermijn is nu 3 jaar na vertrek.').waitFor();
    await a.goto(`${baseUrl}#/overdracht`);
    await a.getByLabel('Eenmalig wachtwoord', { exact: true }).fill('kort');
    await a.getByRole('button', { name: 'Versleuteld bestand maken' }).click();
    await a.getByText('Kies een wachtwoord van minstens 10 tekens.').waitFor();
    await a.getByLabel('Eenmalig wachtwoord', { exact: true }).fill('overdracht naar lokaal 12');
    await a.getByLabel('Eenmalig wachtwoord nogmaals').fill('overdracht naar lokaal 12');
    const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Versleuteld bestand maken' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kring-overdracht-demoschool-de-verzonnen-vlinder-\d{4}-\d{2}-\d{2}\.kring$/);
    const path = await download.path();
    const fileText = readFileSync(path, 'utf8');
    expect(fileText).not.toContain('Noor');
    expect(fileText).not.toContain('Meegenomen');
    await a.getByRole('link', { name: 'Start' }).click();
    await a.getByRole('heading', { name: 'Agenda' }).waitFor();
    expect(await a.getByTestId('backup-reminder').count()).toBe(0);
    await first.close();

    const second = await kringContext(browser);
    const b = await second.newPage();
    await b.goto(baseUrl);
    await b.getByLabel('Naam van de school').fill('Demoschool De Verzonnen Vlinder');
    await b.getByLabel('Wachtwoord', { exact: true }).fill('tweede tablet wachtwoord');
    await b.getByLabel('Wachtwoord nogmaals').fill('tweede tablet wachtwoord');
    await b.getByRole('button', { name: 'School aanmaken' }).click();
    await b.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
    await b.getByRole('button', { name: 'Verder naar Kring' }).click();
    // A tablet joining a school that uses Kring already reads the other tablet's file instead of adding colleagues.
    await b.getByRole('heading', { name: 'Kring instellen', level: 1 }).waitFor();
    await b.getByRole('link', { name: 'Overdrachtsbestand inlezen' }).click();
    const file = { name: 'overdracht.kring', mimeType: 'application/octet-stream', buffer: Buffer.from(fileText) };
    await b.getByLabel('Bestand', { exact: true }).setInputFiles(file);
    await b.getByLabel('Wachtwoord van het bestand').fill('verkeerd wachtwoord');
    await b.getByRole('button', { name: 'Bestand lezen' }).click();
    await b.getByText('Het wachtwoord van dit bestand klopt niet').waitFor();
    await b.getByLabel('Bestand', { exact: true }).setInputFiles({ ...file, buffer: Buffer.from('{"format":"iets anders"}') });
    await b.getByLabel('Wachtwoord van het bestand').fill('overdracht naar lokaal 12');
    await b.getByRole('button', { name: 'Bestand lezen' }).click();
    await b.getByText('Dit is geen versleuteld Kring-bestand').waitFor();

    await b.getByLabel('Bestand', { exact: true }).setInputFiles(file);
    await b.getByRole('button', { name: 'Bestand lezen' }).click();
    const plan = b.getByTestId('import-plan');
    await plan.waitFor();
    expect(await plan.textContent()).toMatch(/Nieuw: 8 groepen, 200 leerlingen, 13 medewerkers, 7 meldingen, 1 zaken, 6 pleinincidenten/);
    expect(await plan.textContent()).toContain('Overgenomen uit het bestand: de bewaartermijn.');
    await b.getByRole('button', { name: 'Importeren' }).click();
    // A tablet being set up goes on without asking who uses it; the next unlock asks.
    await b.getByText(/^Ingelezen: /).waitFor();
    await b.goto(`${baseUrl}#/meldingen`);
    await b.getByText('Meegenomen naar de nieuwe tablet').waitFor();
    await b.goto(`${baseUrl}#/instellingen/bewaren`);
    expect(await b.getByLabel('Bewaren na vertrek van de leerling').inputValue()).toBe('3');

    // The same file again changes nothing: everything is already there.
    await b.goto(`${baseUrl}#/overdracht`);
    await b.getByLabel('Bestand', { exact: true }).setInputFiles(file);
    await b.getByLabel('Wachtwoord van het bestand').fill('overdracht naar lokaal 12');
    await b.getByRole('button', { name: 'Bestand lezen' }).click();
    await plan.waitFor();
    expect(await plan.textContent()).toContain('Nieuw: niets');
    expect(await plan.textContent()).toContain('Verschillend, u kiest: 0');
    expect(await plan.textContent()).not.toContain('Instellingen van de school');
    // Back at the start, the guide goes on where it was, with the colleagues and pupils the file brought.
    await b.getByRole('link', { name: 'Start' }).click();
    await b.getByRole('list', { name: 'Toegevoegd' }).getByText('Sven Regenboogh').waitFor();
    await b.getByRole('button', { name: 'Verder: groepen en leerlingen' }).click();
    await b.getByText('Nu in Kring: 8 groepen, 200 leerlingen.').waitFor();
    await b.getByRole('button', { name: 'Verder', exact: true }).click();
    await b.getByRole('heading', { name: 'Wie bent u?', level: 2 }).waitFor();
    await b.getByRole('list', { name: 'Kies uw naam' }).getByRole('button', { name: /^Sven Regenboogh/ }).click();
    await b.getByRole('heading', { name: 'Agenda' }).waitFor();
    await second.close();
  });
});
