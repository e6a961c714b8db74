import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { draftSaved, leaveGespreksmodus, loadDemoSchool, meldingJudgedPesten, unlocked } from './harness/kring';

/**
 * One whole case, as a teacher runs it: melding, triage, stap 1–4 with a second evaluation, the extra
 * stap, closing and reopening; with a reload mid-conversation, part of it offline, and the clock moved
 * a week at a time to see the agenda fill.
 */
const baseUrl = inject('baseUrl');
const WEEK = 7 * 24 * 60 * 60 * 1000;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });
const answer = (page: Page, question: string | RegExp, choice: string) => group(page, question).getByLabel(choice, { exact: true }).check();

async function finishConversation(page: Page) {
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await page.getByRole('heading', { name: /^Zaak: / }).waitFor();
}

async function nextWeek(page: Page, now: { time: number }) {
  now.time += WEEK;
  await page.clock.setSystemTime(now.time);
  await page.reload();
  await unlocked(page);
}

describe('a whole case in Chromium', () => {
  it('runs from melding to a closed and reopened zaak', async () => {
    const context = await kringContext(browser, { viewport: { width: 1024, height: 1366 } }, null);
    const page = await context.newPage();
    const now = { time: new Date('2026-11-02T09:00:00').getTime() };
    await page.clock.install({ time: now.time });
    await loadDemoSchool(page, baseUrl);

    // Melding and triage
    const bullied = await meldingJudgedPesten(page, 'maud', 'Wordt elke pauze uitgescholden en buitengesloten.', 'Al weken, steeds hetzelfde kind.');

    // Stap 1, with a reload in the middle of the conversation
    await page.getByRole('link', { name: /^Stap 1/ }).click();
    await page.getByLabel('Wat speelt er?').fill('Uitgescholden bij de schommels.');
    await page.getByLabel('Zoek op naam').fill('');
    await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 6' });
    const picks = page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button', { pressed: false });
    for (let i = 0; i < 6; i++) await picks.first().click();
    await page.getByText('De groep heeft nog geen verdediger of vriend').waitFor();
    const roles = page.getByLabel(/^Rol van /);
    await roles.nth(0).selectOption('pester');
    await roles.nth(1).selectOption('verdediger');
    await roles.nth(2).selectOption('vriend');
    // A second child who bullies: the extra stap will be held for each of them.
    await roles.nth(3).selectOption('pester');
    await draftSaved(page);
    await page.reload();
    await unlocked(page);
    await page.getByText(/Concept van .* teruggezet/).waitFor();
    expect(await page.getByLabel('Wat speelt er?').inputValue()).toBe('Uitgescholden bij de schommels.');
    expect(await page.getByLabel(/^Rol van /).count()).toBe(6);
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Het gesprek is nog niet afgerond').waitFor();
    await page.getByText('Kies hoe de leerling zich voelt.').first().waitFor();
    await group(page, 'Hoe voelt de leerling zich?').getByText('Verdrietig', { exact: true }).click();
    await page.getByLabel('Supportgroep samen met de leerling samengesteld').check();
    // Not true yet, and the record must not say so: the parents are still to be called.
    await answer(page, 'Ouders erbij betrokken', 'Nog te doen');
    await answer(page, /extra surveillant/, 'Gedaan');
    await finishConversation(page);
    await page.getByRole('list', { name: 'Open taken' }).getByText('Ouders erbij betrekken').waitFor();
    const members = (await page.getByRole('region', { name: /^Supportgroep/ }).getByRole('listitem').allTextContents()).map((t) => t.split(' (')[0]!);
    expect(members).toHaveLength(6);

    // Stap 2 with the group: gespreksmodus shows no role, no private word, only first names
    await page.getByRole('link', { name: /^Stap 2/ }).click();
    await page.getByRole('button', { name: 'Gespreksmodus starten (voor de groep)' }).click();
    const talk = page.getByTestId('gespreksmodus');
    await talk.waitFor();
    const shown = (await talk.textContent())!;
    for (const role of ['Pester', 'pester', 'Verdediger', 'Vriend', 'Assistent', 'Buitenstaander', 'schommels']) expect(shown).not.toContain(role);
    expect(shown).toContain(bullied.split(' ')[0]);
    const actionFields = talk.locator('input[id^="action-"]');
    expect(await actionFields.count()).toBe(6);
    for (let i = 0; i < 6; i++) await actionFields.nth(i).fill(`Actie ${i + 1}: ik help in de pauze`);
    await leaveGespreksmodus(page);
    await page.getByLabel(/Wordt de klas op de hoogte gesteld/).fill('Nee, het speelt op het plein.');
    await page.getByLabel(/Besloten of de klas/).check();
    for (const task of ['Directeur en IB’er op de hoogte gesteld', /Interne vertrouwenspersoon geïnformeerd/]) await answer(page, task, 'Gedaan');
    await finishConversation(page);

    // No conversation due yet, but the open task stays on the agenda until it is done
    await page.getByRole('link', { name: 'Start' }).click();
    const agenda = page.locator('section[aria-labelledby="home-agenda"]');
    expect(await agenda.getByRole('list', { name: /^(Vandaag|Komende 7 dagen|Te laat)/ }).filter({ hasText: bullied }).count()).toBe(0);
    await agenda.getByRole('list', { name: 'Nog te doen' }).getByRole('link', { name: /Ouders erbij betrekken/ }).click();
    await page.getByRole('button', { name: 'Gedaan: Ouders erbij betrekken' }).click();
    await page.getByRole('list', { name: 'Open taken' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('region', { name: 'Verslag van de gesprekken' }).textContent()).toContain('Ouders erbij betrokkenGedaan op 2 november 2026');
    await page.getByRole('link', { name: 'Start' }).click();
    // Planned a week ahead: under "Later gepland", not today or this week.
    await agenda.getByRole('list', { name: 'Later gepland' }).filter({ hasText: bullied }).waitFor();
    expect(await agenda.getByRole('list', { name: /^(Vandaag|Komende 7 dagen|Te laat)/ }).filter({ hasText: bullied }).count()).toBe(0);
    await nextWeek(page, now);
    await agenda.getByRole('heading', { name: 'Vandaag (2)' }).waitFor();

    // Stap 3 with the network off
    await context.setOffline(true);
    await agenda.getByRole('link', { name: /^Stap 3/ }).filter({ hasText: bullied }).click();
    await group(page, 'Hoe voel je je nu?').getByText('Gaat wel', { exact: true }).click();
    await page.getByLabel('Wat is er veranderd?').fill('Minder gescholden.');
    await finishConversation(page);
    await page.reload();
    await unlocked(page);
    expect(await page.getByRole('region', { name: 'Tijdlijn' }).textContent()).toContain('Stap 3 — Evaluatiegesprek met de gepeste leerling');
    await context.setOffline(false);

    // Stap 4: a second evaluation, then no third
    await page.getByRole('link', { name: /^Stap 4/ }).click();
    for (let i = 0; i < 6; i++) await answer(page, new RegExp(`“Actie ${i + 1}:`), i < 4 ? 'Ja' : 'Nee');
    await group(page, 'Besluit').getByLabel(/tweede en tevens laatste evaluatie/).check();
    await finishConversation(page);
    await nextWeek(page, now);
    await page.getByRole('link', { name: /^Stap 3.*tweede evaluatie/ }).first().click();
    await group(page, 'Hoe voel je je nu?').getByText('Verdrietig', { exact: true }).click();
    await finishConversation(page);
    await page.getByRole('link', { name: /^Stap 4/ }).click();
    expect(await group(page, 'Besluit').getByLabel(/tweede en tevens laatste/).count()).toBe(0);
    for (let i = 0; i < 6; i++) await answer(page, new RegExp(`“Actie ${i + 1}:`), 'Nee');
    await group(page, 'Besluit').getByLabel(/extra stap/).check();
    await finishConversation(page);

    // Extra stap, per child who keeps bullying: each their own conversation, plan and evaluation
    const forWhom = page.getByRole('list', { name: 'Kinderen voor de extra stap' });
    await page.getByRole('heading', { name: 'Extra stap: voor welk kind dat blijft pesten?' }).waitFor();
    const bullies = (await forWhom.getByRole('link').filter({ hasText: 'Pester' }).allTextContents()).map((t) => t.split(' (')[0]!);
    expect(bullies).toHaveLength(2);
    async function confront(child: string, plan: string) {
      await forWhom.getByRole('link').filter({ hasText: child }).click();
      await page.getByText(`Over ${child}`).waitFor();
      for (const who of ['Leerkracht', 'Interne vertrouwenspersoon', 'Directeur', 'Ouders van de leerling']) await group(page, 'Wie waren aanwezig?').getByLabel(who, { exact: true }).check();
      await page.getByLabel(/concrete acties staan in het plan/).fill(plan);
      for (const task of [/gaan samen met het plan/, /Ouders van de gepeste leerling/]) await answer(page, task, 'Gedaan');
      await finishConversation(page);
    }
    await confront(bullies[0]!, 'Elke pauze bij de meester; sorry zeggen.');
    await confront(bullies[1]!, 'Niet meer bij de schommels; elke dag melden bij de juf.');
    await nextWeek(page, now);
    await page.getByRole('link', { name: /^Zaken$/ }).click();
    await page.getByRole('main').getByRole('listitem').getByRole('link').filter({ hasText: bullied }).first().click();
    const evaluations = page.getByRole('region', { name: 'Volgende gesprek' }).getByRole('link', { name: /^Extra stap: Evaluatie/ });
    await evaluations.first().waitFor();
    expect(await evaluations.count()).toBe(2);
    await evaluations.filter({ hasText: bullies[0]! }).click();
    await group(page, 'Hoe voelt de gepeste leerling zich nu?').getByText('Goed', { exact: true }).click();
    await answer(page, 'Zijn de afspraken nagekomen?', 'Ja');
    expect(await page.getByLabel('Welke passende consequentie volgt?').count()).toBe(0);
    await finishConversation(page);
    await evaluations.filter({ hasText: bullies[1]! }).click();
    // The same day's talk with the bullied child: the feeling is already there, and may be changed.
    expect(await group(page, 'Hoe voelt de gepeste leerling zich nu?').getByLabel('Goed', { exact: true }).isChecked()).toBe(true);
    await group(page, 'Hoe voelt de gepeste leerling zich nu?').getByText('Gaat wel', { exact: true }).click();
    await answer(page, 'Zijn de afspraken nagekomen?', 'Nee');
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Kies wat er na de consequentie volgt.').first().waitFor();
    await page.getByLabel('Welke passende consequentie volgt?').fill('Twee weken binnen spelen in de pauze.');
    await group(page, 'Wat volgt er na de consequentie?').getByLabel(/Individueel zorgtraject/).check();
    await group(page, 'Wat volgt er na de consequentie?').getByLabel(/Schorsings- en verwijderingsprocedure/).check();
    await page.getByLabel(/individueel zorgtraject nodig/).fill('Weerbaarheidstraining, met de ouders besproken.');
    await page.getByLabel('Doorverwijzing naar (sociaal netwerk)').selectOption('ggd');
    await finishConversation(page);

    // Close, read-only, reopen
    await page.getByText('Er staat geen gesprek meer open.').waitFor();
    expect(await page.getByLabel('Hoe is de zaak afgelopen?').inputValue()).toBe('na-extra-stap');
    const endings = (await page.getByRole('region', { name: 'Zaak sluiten' }).textContent())!;
    expect(endings).toContain(`${bullies[0]} (Groep 6): afspraken nagekomen`);
    expect(endings).toContain(`${bullies[1]} (Groep 6): afspraken niet nagekomen; consequentie: Twee weken binnen spelen in de pauze; individueel zorgtraject`);
    await page.getByRole('button', { name: 'Zaak sluiten' }).click();
    await page.getByText('Schrijf op hoe de zaak is geëindigd.').waitFor();
    await page.getByLabel('Hoe is de zaak geëindigd?').fill('Het pesten is gestopt; de schorsingsprocedure is met de directeur besproken.');
    await page.getByRole('button', { name: 'Zaak sluiten' }).click();
    await page.getByText('Gesloten — alleen lezen').waitFor();
    expect(await page.getByRole('link', { name: /^Stap|^Extra stap/ }).count()).toBe(0);
    const timeline = (await page.getByRole('region', { name: 'Tijdlijn' }).textContent())!;
    for (const entry of ['Melding ontvangen', 'Beoordeeld: pesten', 'Stap 1', '✓ Actiepunt: tijdelijk een extra surveillant', 'Stap 2', 'Besluit: Over een week een tweede', 'Extra stap', 'Zaak gesloten: Afgerond na de extra stap'])
      expect(timeline).toContain(entry);
    expect(timeline).toContain('Sven Regenboogh');
    expect(await page.getByRole('img', { name: /^Hoe de leerling zich voelde/ }).locator('circle').count()).toBe(4);

    // The record per child of the extra stap: the dossier, the Esis follow-ups, the bully's own copy
    const dossier = (await page.getByRole('region', { name: 'Verslag van de gesprekken' }).textContent())!;
    expect(dossier).toContain(`Extra stap: Confronterend gesprek met leerling en ouders — ${bullies[1]}`);
    expect(dossier).toContain('Niet meer bij de schommels; elke dag melden bij de juf.');
    expect(dossier).toContain('Verwezen naar (Bijlage 1)GGD (Jeugdgezondheidszorg)');
    const zaakUrl = page.url();
    await page.getByRole('link', { name: /^Esis-notities/ }).click();
    await page.getByRole('heading', { name: 'Esis: notities bij deze zaak' }).waitFor();
    const notesOf = async (child: string) => (await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${child}`) }) }).getByTestId('esis-note-text').allTextContents()).join('\n');
    const second = await notesOf(bullies[1]!);
    expect(second).toMatch(/^Pesten\. .* is betrokken bij pestgedrag/);
    expect(second).toContain('De afspraken zijn niet nagekomen; er volgt een passende consequentie. Er is een individueel zorgtraject afgesproken, met doorverwijzing naar GGD (Jeugdgezondheidszorg). Besloten is de schorsings- en verwijderingsprocedure van de school te volgen.');
    expect(second).not.toMatch(/binnen spelen|Weerbaarheidstraining|schommels/);
    expect(await notesOf(bullies[0]!)).toContain('De afspraken zijn nagekomen.');
    expect(await notesOf(bullied)).toContain('de zaak is op');
    await page.goto(zaakUrl);
    await page.getByRole('region', { name: /^Supportgroep/ }).getByRole('link', { name: new RegExp(`^${bullies[1]}`) }).click();
    await page.getByRole('link', { name: /Afschrift voor ouders/ }).click();
    await page.getByRole('heading', { name: /^Afschrift voor ouders: / }).waitFor();
    const copy = (await page.getByRole('main').textContent())!;
    for (const own of ['Rol in de supportgroep', 'Pester', 'Niet meer bij de schommels; elke dag melden bij de juf.', 'Twee weken binnen spelen in de pauze.', 'Weerbaarheidstraining', 'GGD (Jeugdgezondheidszorg)'])
      expect(copy).toContain(own);
    for (const theirs of [bullied, bullies[0]!, 'Elke pauze bij de meester', 'Hoe voelt de gepeste leerling zich']) expect(copy).not.toContain(theirs);
    await page.goto(zaakUrl);
    await page.getByRole('button', { name: 'Zaak heropenen' }).click();
    await page.getByText('Schrijf op waarom de zaak wordt heropend.').waitFor();
    await page.getByLabel('Waarom wordt de zaak heropend?').fill('Het pesten is na de vakantie weer begonnen.');
    await page.getByRole('button', { name: 'Zaak heropenen' }).click();
    await page.getByText('Lopend', { exact: true }).waitFor();
    await page.getByRole('list', { name: 'Kinderen voor de extra stap' }).waitFor();
    await context.close();
  }, 120_000);
});
