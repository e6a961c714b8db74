import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser, SCHOOL_DAY } from './harness/browser';
import { draftSaved, loadDemoSchool, unlocked } from './harness/kring';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const OWN_DAGBOEK = 'Eigen tekst: {naam} helpt vanaf {start} in een supportgroep.';

describe('the school’s own protocol', () => {
  it('edits prompts, roles, Esis texts, the network and the year plan with a kept draft, applies them to new zaken only, and resets to JPS', async () => {
    const context = await kringContext(browser, { viewport: { width: 1024, height: 1366 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByRole('link', { name: /^Het protocol van de school/ }).click();

    await page.getByText('Stap 1: ').first().click();
    await page.locator('#prompt-stap1-wat-speelt').fill('Vertel eens: wat gebeurt er?');
    await page.locator('#role-assistent-label').fill('Meeloper');
    // The school's own choices: children look at the screen in stap 1; the Meeloper counts as a pester in Esis.
    await page.getByLabel('Kinderen kijken mee naar het scherm', { exact: false }).first().check();
    await page.getByRole('group', { name: 'Assistent' }).getByLabel('Telt in Esis als pester (Incidenten → pesten in plaats van het dagboek)').check();
    await page.getByLabel('Andere leden van de supportgroep (dagboek)').fill('{naaam} helpt mee.');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByLabel('Soort hulp').last().fill('Wijkteam');
    await page.getByLabel('Organisatie', { exact: true }).last().fill('Wijkteam Oost');
    await page.getByLabel(/^Contact/).last().fill('013 123 45 67');
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    await page.getByText('Nieuwe activiteit').click();
    await page.getByLabel('Activiteit', { exact: true }).last().fill('Weerbaarheidstraining groep 7');
    const month = new Intl.DateTimeFormat('nl-NL', { month: 'long' }).format(SCHOOL_DAY);
    await page.locator('details', { hasText: 'Weerbaarheidstraining groep 7' }).getByLabel(month, { exact: true }).check();
    await draftSaved(page);

    // Nothing is lost: a reload brings the half-done edit back.
    await page.reload();
    await unlocked(page);
    await page.getByText(/Concept van .* teruggezet/).waitFor();
    expect(await page.locator('#prompt-stap1-wat-speelt').inputValue()).toBe('Vertel eens: wat gebeurt er?');

    await page.getByRole('button', { name: 'Opslaan voor nieuwe zaken' }).click();
    await page.getByText('De tekst voor het dagboek: gebruik alleen de invulplekken {naam}, {start}, {melding}, {actie} en {stand}.').waitFor();
    await page.getByLabel('Andere leden van de supportgroep (dagboek)').fill(OWN_DAGBOEK);
    await page.getByText('Voorbeeld: Eigen tekst: Sam Voorbeeld helpt vanaf 3 november 2026 in een supportgroep.').waitFor();
    await page.getByRole('button', { name: 'Opslaan voor nieuwe zaken' }).click();
    await page.getByText(/^Versie 1 is opgeslagen/).waitFor();

    // The year plan is the school's: this month's new activity is due on the start screen.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.locator('section', { hasText: 'Preventie: nu aan de beurt' }).getByText('Weerbaarheidstraining groep 7').waitFor();

    // The demo zaak opened before the change keeps the JPS wording.
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1/esis`);
    await page.getByRole('heading', { name: 'Esis: notities bij deze zaak' }).waitFor();
    const notes = (await page.getByTestId('esis-note-text').allTextContents()).join('\n');
    expect(notes).not.toContain('Eigen tekst');
    expect(notes).toContain('deel aan een supportgroep');

    // A zaak opened now follows the school's words.
    await page.goto(`${baseUrl}#/meldingen/demo-melding-3/beoordelen`);
    for (const q of ['Is het opzettelijk, om iemand te kwetsen?', 'Gebeurt het telkens opnieuw tegen dezelfde persoon?', 'Is er sprake van machtsongelijkheid?'])
      await page.getByRole('group', { name: q }).getByLabel('Ja', { exact: true }).check();
    await page.getByRole('group', { name: 'Uitkomst' }).getByLabel(/^Pesten/).check();
    await page.getByLabel('Waarom komt u tot deze conclusie?').fill('Steeds hetzelfde kind.');
    await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await page.getByRole('heading', { name: /^Zaak: / }).waitFor();
    await page.getByRole('link', { name: /^Stap 1/ }).click();
    await page.getByLabel('Vertel eens: wat gebeurt er?').waitFor();
    // Stap 1 now offers gespreksmodus, as the school marked it.
    await page.getByRole('button', { name: 'Gespreksmodus starten (voor de groep)' }).waitFor();
    await page.getByLabel('Groep', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button', { pressed: false }).first().click();
    expect(await page.getByLabel(/^Rol van /).first().getByRole('option', { name: 'Meeloper' }).count()).toBe(1);

    // Reset: new zaken follow JPS again.
    await page.goto(`${baseUrl}#/instellingen/protocol`);
    await page.getByRole('button', { name: 'Terug naar het JPS-protocol' }).click();
    await page.getByRole('button', { name: 'Ja, terug naar het JPS-protocol' }).click();
    await page.getByText('Het JPS-protocol geldt weer voor nieuwe zaken.').waitFor();
    expect(await page.getByLabel('Andere leden van de supportgroep (dagboek)').inputValue()).not.toContain('Eigen tekst');
    expect(await page.getByRole('button', { name: 'Terug naar het JPS-protocol' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Preventie' }).click();
    await page.getByRole('heading', { name: /Preventie/, level: 1 }).waitFor();
    expect(await page.getByText('Weerbaarheidstraining groep 7').count()).toBe(0);
    await context.close();
  });
});
