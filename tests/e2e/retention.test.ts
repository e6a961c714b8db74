import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { loadDemoSchool, unlocked } from './harness/kring';
import { logIncident } from './harness/tablets';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const group = (page: Page, legend: string) => page.getByRole('group', { name: legend });

describe('retention (AVG)', () => {
  it('after the term, deletes exactly the records of pupils who left, after a warning, and logs only counts', async () => {
    const context = await kringContext(browser, { viewport: { width: 1024, height: 1366 } }, null);
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-20T09:00:00') });
    await loadDemoSchool(page, baseUrl);

    // A finished melding about two groep-8 pupils, an incident about groep 8 only, and one that also involves groep 7.
    await page.goto(`${baseUrl}#/meldingen/demo-melding-5/beoordelen`);
    await page.getByRole('heading', { name: /Plagen of pesten/ }).waitFor();
    await group(page, 'Is het opzettelijk, om iemand te kwetsen?').getByLabel('Nee', { exact: true }).check();
    await group(page, 'Gebeurt het telkens opnieuw tegen dezelfde persoon?').getByLabel('Nee', { exact: true }).check();
    await group(page, 'Is er sprake van machtsongelijkheid?').getByLabel('Nee', { exact: true }).check();
    await group(page, 'Uitkomst').getByLabel(/^Plagen/).check();
    await page.getByLabel('Waarom komt u tot deze conclusie?').fill('Over en weer, geen opzet.');
    await page.getByLabel('Welk vervolg kiest u?').fill('Gesprek in de klas.');
    await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
    await logIncident(page, [{ group: 'Groep 8', index: 0 }], 'Zandbak');
    await logIncident(page, [{ group: 'Groep 8', index: 1 }, { group: 'Groep 7', index: 0 }], 'Klimrek');

    // Groep 8 leaves at the end of the school year.
    // Months later the tablet has locked itself (idle), as a real one would: unlock first.
    await page.clock.setSystemTime(new Date('2027-07-10T09:00:00'));
    await page.goto(`${baseUrl}#/instellingen/nieuw-schooljaar`);
    await page.reload();
    await unlocked(page);
    await page.getByRole('button', { name: 'Groepen doorschuiven naar 2027-2028' }).click();
    await page.getByText(/25 hebben de school verlaten/).waitFor();

    // A day short of two years: nothing to delete yet.
    await page.clock.setSystemTime(new Date('2029-07-09T09:00:00'));
    await page.goto(`${baseUrl}#/instellingen/bewaren`);
    await page.reload();
    await unlocked(page);
    await page.getByText('Er is niets te verwijderen.').waitFor();
    expect(await page.getByText('Logboek van verwijderingen').count()).toBe(1);
    // Changing the term deletes nothing, and says nothing of leftovers of a deletion.
    await page.getByLabel('Bewaren na vertrek van de leerling').selectOption('3');
    await page.getByText('De bewaartermijn is nu 3 jaar na vertrek.').waitFor();
    expect(await page.getByText(/versleutelde resten/).count()).toBe(0);
    await page.getByLabel('Bewaren na vertrek van de leerling').selectOption('2');
    await page.getByText('De bewaartermijn is nu 2 jaar na vertrek.').waitFor();

    // On the anniversary the start screen says so, and the warning lists what goes.
    await page.clock.setSystemTime(new Date('2029-07-10T09:00:00'));
    await page.reload();
    await unlocked(page);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: /Bewaartermijn voorbij: gegevens van 25 vertrokken leerlingen/ }).click();
    const list = page.getByTestId('retention-list');
    await list.waitFor();
    expect(await list.getByRole('heading', { name: 'Leerlingen (25)' }).count()).toBe(1);
    expect(await list.getByRole('heading', { name: 'Meldingen (1)' }).count()).toBe(1);
    expect(await list.getByRole('heading', { name: 'Pleinincidenten (1)' }).count()).toBe(1);
    expect(await list.textContent()).toContain('Zandbak');
    expect(await list.textContent()).not.toContain('Klimrek');
    await page.getByRole('link', { name: 'Maak eerst een versleutelde reservekopie.' }).waitFor();

    await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await page.getByText('Vink eerst aan dat u de lijst hebt gelezen.').waitFor();
    await page.getByLabel(/Ik heb gelezen wat er verdwijnt/).check();
    await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await page.getByText(/: 0 zaken, 1 meldingen, 1 pleinincidenten en 25 leerlingen\./).waitFor();
    await page.getByText('Er is niets te verwijderen.').waitFor();
    await page.getByText(/Wat is verwijderd, kan nog als versleutelde resten/).waitFor();
    // At once, not only after the next unlock: the start screen no longer asks for it.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    expect(await page.getByRole('link', { name: /Bewaartermijn voorbij/ }).count()).toBe(0);
    await page.goto(`${baseUrl}#/instellingen/bewaren`);

    // After a reload: the log holds dates and counts, the records are gone, the mixed incident stays.
    await page.reload();
    await unlocked(page);
    const log = page.locator('table', { hasText: 'Alleen datums en aantallen' });
    await log.waitFor();
    expect((await log.locator('tbody tr').first().locator('td').allTextContents()).slice(1)).toEqual(['0', '1', '1', '25', '0']);
    await page.goto(`${baseUrl}#/meldingen/demo-melding-5`);
    await page.getByRole('heading', { name: 'Pagina niet gevonden' }).or(page.getByText(/niet gevonden/)).first().waitFor();
    await page.goto(`${baseUrl}#/plein`);
    await page.getByText('Klimrek').first().waitFor();
    await page.goto(`${baseUrl}#/instellingen/leerlingen`);
    await page.getByRole('heading', { name: 'Groepen en leerlingen' }).waitFor();
    expect(await page.getByText(/^Vertrokken leerlingen/).count()).toBe(0);
    await context.close();
  });
});
