import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { loadDemoSchool, meldingJudgedPesten, unlocked } from './harness/kring';

/** A planned evaluation moved to another day with a reason, and what the agenda then says. */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

describe('moving a planned conversation', () => {
  it('moves the overdue evaluation with a reason, off "Te laat", into the timeline, and asks before holding it early', async () => {
    const context = await kringContext(browser(), { viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    const agenda = page.locator('section[aria-labelledby="home-agenda"]');
    await agenda.getByRole('list', { name: 'Te laat' }).getByRole('link', { name: /^Stap 3/ }).waitFor();

    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByText(/^Verzetten: evaluatie \(stap 3 en 4\)/).click();
    await page.getByLabel('Nieuwe datum').fill('2026-11-27');
    await page.getByRole('button', { name: 'Gesprek verzetten' }).click();
    await page.getByText('Schrijf op waarom het gesprek verzet wordt.').waitFor();
    await page.getByLabel('Waarom wordt het gesprek verzet?').fill('De juf is ziek.');
    await page.getByRole('button', { name: 'Gesprek verzetten' }).click();
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText(/^Gesprek verzet: Stap 3 van .* naar 27 november 2026/).waitFor();
    expect(await timeline.textContent()).toContain('De juf is ziek.');

    await page.getByRole('link', { name: 'Start' }).click();
    await agenda.getByRole('list', { name: 'Komende 7 dagen' }).getByRole('link', { name: /^Stap 3/ }).waitFor();
    expect(await agenda.getByRole('list', { name: 'Te laat' }).count()).toBe(0);

    // Held before its new day: Kring asks once.
    await agenda.getByRole('list', { name: 'Komende 7 dagen' }).getByRole('link', { name: /^Stap 3/ }).click();
    await page.getByText('Dit gesprek staat gepland op 27 november 2026.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ja, nu houden' }).click();
    await page.getByRole('button', { name: 'Gesprek afronden' }).waitFor();
    await context.close();
  });

  it('flags work that waits longer than the school allows, school days counted, and follows the school’s setting', async () => {
    const context = await kringContext(browser(), { viewport: { width: 1024, height: 768 } }, null);
    const page = await context.newPage();
    // Wednesday; the school day comes from this clock, moved below.
    await page.clock.install({ time: new Date('2026-11-25T09:00:00') });
    await loadDemoSchool(page, baseUrl);
    const zaakChild = await meldingJudgedPesten(page, 'maud', 'Wordt buitengesloten bij het spel.', 'Al drie weken, steeds dezelfde kinderen.');
    // A second melding, not judged yet.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Zoek op naam').fill('ruben');
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
    const meldingChild = (await page.getByRole('list', { name: 'Gekozen leerlingen' }).getByRole('listitem').first().textContent())!.replace('×', '').trim();
    await page.getByLabel('Wat is er gebeurd?').fill('Zijn tas werd in de gang leeggegooid.');
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('heading', { name: /^Melding over/ }).waitFor();

    const agenda = page.locator('section[aria-labelledby="home-agenda"]');
    const toStart = () => agenda.getByRole('list', { name: 'Kan nu beginnen' }).getByRole('listitem').filter({ hasText: zaakChild.split(' (')[0]! });
    // The meldingen list: the start screen shows the five that waited longest, the demo's own first.
    const toJudge = () => page.getByRole('main').getByRole('listitem').filter({ hasText: meldingChild.split(' (')[0]! });
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await toStart().waitFor();
    expect(await toStart().textContent()).not.toContain('Wacht al');
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    expect(await toJudge().textContent()).not.toContain('Wacht al');

    // Monday: Thursday, Friday and Monday are three school days, one more than the default allows.
    await page.clock.setSystemTime(new Date('2026-11-30T09:00:00'));
    await page.reload();
    await unlocked(page);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await toStart().getByText('Wacht al 3 schooldagen, sinds 25 november 2026').waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await toJudge().getByText('Wacht al 3 schooldagen op beoordeling').waitFor();

    // A school that allows a week: nothing is flagged yet.
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByLabel(/De agenda meldt werk/).selectOption('5');
    await page.getByText('De agenda meldt werk dat langer dan 5 schooldagen wacht.').waitFor();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await toStart().waitFor();
    expect(await toStart().textContent()).not.toContain('Wacht al');
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    expect(await toJudge().textContent()).not.toContain('Wacht al');
    await context.close();
  });
});
