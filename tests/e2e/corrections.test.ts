import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { loadDemoSchool } from './harness/kring';

/**
 * A record that stands: a held conversation is corrected by an added entry, never edited; a day that
 * cannot be right is refused however it is typed; a rename in a closed dossier is an event. What each
 * reader sees: the dossier, the timeline, the parents' copy.
 */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

const dossier = (page: Page) => page.getByRole('region', { name: 'Verslag van de gesprekken' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Tijdlijn' });

describe('a record that stands', () => {
  it('a held answer is corrected with a reason: the dossier shows both, the timeline says so, the parents’ copy shows the new text and that it was corrected', async () => {
    const context = await kringContext(browser(), { viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    const child = (await page.getByRole('heading', { name: /^Zaak: / }).textContent())!.replace('Zaak: ', '').split(' (')[0]!;

    const stap1 = dossier(page).getByRole('region', { name: /^Stap 1/ });
    await stap1.getByText('Iets in dit verslag corrigeren').click();
    await stap1.getByLabel('Wat corrigeert u?').selectOption({ label: 'Wat speelt er?' });
    await stap1.getByText('Nu staat er: “Wordt bij het voetballen steeds buitengesloten en uitgelachen.”').waitFor();
    await stap1.getByLabel('Wat er had moeten staan').fill('Wordt bij het tikkertje steeds buitengesloten en uitgelachen.');
    await stap1.getByRole('button', { name: 'Correctie vastleggen' }).click();
    await stap1.getByText('Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft in het verslag staan.').waitFor();
    await stap1.getByLabel('Waarom corrigeert u dit?').fill('Verkeerd overgenomen: het ging om tikkertje.');
    await stap1.getByRole('button', { name: 'Correctie vastleggen' }).click();
    await stap1.getByText(/^De correctie van “Wat speelt er\?” is vastgelegd/).waitFor();

    const line = stap1.locator('.dossier__lines > div').filter({ hasText: 'Wat speelt er?' });
    expect(await line.textContent()).toMatch(
      /Wordt bij het tikkertje steeds buitengesloten en uitgelachen\.Gecorrigeerd op .* door Sven Regenboogh\. Eerst stond er: “Wordt bij het voetballen steeds buitengesloten en uitgelachen\.”Reden: Verkeerd overgenomen: het ging om tikkertje\./,
    );
    await timeline(page).getByText('Gecorrigeerd: Stap 1 — Wat speelt er?').waitFor();
    expect(await timeline(page).textContent()).toContain('eerst: “Wordt bij het voetballen');
    await stap1.screenshot({ path: 'test-results/correction-dossier.png' });
    await timeline(page).screenshot({ path: 'test-results/correction-timeline.png' });

    // The parents' copy: the answer as it reads now, and that it was corrected; never the words it replaced.
    await page.getByRole('link', { name: 'Tijdlijn van de leerling' }).click();
    await page.getByRole('link', { name: 'Afschrift voor ouders (inzage AVG)' }).click();
    await page.getByRole('heading', { name: new RegExp(child) }).first().waitFor();
    const copy = (await page.getByRole('main').textContent())!;
    expect(copy).toMatch(/Wat speelt er\? Wordt bij het tikkertje steeds buitengesloten en uitgelachen\. \(gecorrigeerd op \d+ \w+ 2026\)/);
    expect(copy).toContain('Reden: Verkeerd overgenomen: het ging om tikkertje.');
    expect(copy).not.toContain('Wordt bij het voetballen');
    await context.close();
  });

  it('a melding’s triage is corrected the same way: the melding shows the new reason and what it said first', async () => {
    const context = await kringContext(browser(), { viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByRole('link', { name: 'Tijdlijn van de leerling' }).click();
    await page.getByRole('link', { name: 'naar de melding' }).first().click();
    await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
    await page.getByText('Iets in deze melding of de beoordeling corrigeren').click();
    await page.getByLabel('Wat corrigeert u?').selectOption({ label: 'Waarom (beoordeling)' });
    await page.getByLabel('Wat er had moeten staan').fill('Het gebeurt al weken, steeds bij hetzelfde kind; de groep lacht mee en kijkt weg.');
    await page.getByLabel('Waarom corrigeert u dit?').fill('Aangevuld na het gesprek met de surveillant.');
    await page.getByRole('button', { name: 'Correctie vastleggen' }).click();
    await page.getByText(/^De correctie van “Waarom \(beoordeling\)” is vastgelegd/).waitFor();
    const reason = page.getByRole('region', { name: 'Beoordeling' });
    expect(await reason.textContent()).toMatch(/de groep lacht mee en kijkt weg\.Gecorrigeerd op .* door Sven Regenboogh\. Eerst stond er: “Het gebeurt al weken, steeds bij hetzelfde kind, en de groep lacht mee\.”Reden: Aangevuld na het gesprek met de surveillant\./);
    await page.screenshot({ path: 'test-results/correction-melding.png', fullPage: true });
    await context.close();
  });

  it('a typed "Gehouden op" after today is refused, in Dutch, and nothing is held', async () => {
    const context = await kringContext(browser(), { viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1/gesprek/stap3/1`);
    await page.getByLabel('Gehouden op').fill('2026-12-14');
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Een gesprek wordt vastgelegd nadat het is gehouden: 14 december 2026 ligt in de toekomst.').first().waitFor();
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    expect(await dossier(page).getByRole('region', { name: /^Stap 3/ }).count()).toBe(0);
    await context.close();
  });

  it('a child renamed after the zaak closed: the closed dossier keeps what was written and says the child is now called otherwise', async () => {
    const context = await kringContext(browser(), { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    const heading = (await page.getByRole('heading', { name: /^Zaak: / }).textContent())!;
    const [, first, last, group] = /^Zaak: (\S+) (.+) \((.+)\)$/.exec(heading)!;
    await page.getByLabel('Hoe is de zaak afgelopen?').selectOption({ label: 'Anders' });
    await page.getByLabel('Toelichting').fill('De ouders zijn verhuisd; de supportgroep stopt.');
    await page.getByRole('button', { name: 'Zaak sluiten' }).click();
    await page.getByText('Gesloten — alleen lezen').waitFor();
    // The note it was closed with, corrected beside it.
    const closing = page.getByRole('region', { name: 'Afgesloten' });
    await closing.getByText('De toelichting corrigeren').click();
    await closing.getByLabel('Wat corrigeert u?').selectOption({ label: 'Toelichting bij het sluiten' });
    await closing.getByLabel('Wat er had moeten staan').fill('Het gezin is verhuisd; de supportgroep stopt.');
    await closing.getByLabel('Waarom corrigeert u dit?').fill('Het waren niet alleen de ouders.');
    await closing.getByRole('button', { name: 'Correctie vastleggen' }).click();
    await closing.getByText(/Eerst stond er: “De ouders zijn verhuisd; de supportgroep stopt\.”/).waitFor();
    await timeline(page).getByText('Gecorrigeerd: de toelichting bij het sluiten').waitFor();

    await page.goto(`${baseUrl}#/instellingen/leerlingen`);
    await page.getByText(new RegExp(`^${group}: \\d+ leerlingen`)).click();
    await page.getByRole('button', { name: `Wijzigen (${first} ${last})` }).click();
    await page.locator('.pupil-editor').getByLabel('Voornaam').fill(`${first}-Lou`);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(`${first}-Lou ${last} is opgeslagen.`).waitFor();

    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByText(`${first} ${last} heet nu ${first}-Lou ${last}`, { exact: false }).first().waitFor();
    await timeline(page).getByText(`Naam gewijzigd: ${first} ${last} heet nu ${first}-Lou ${last}`).waitFor();
    expect(await page.getByText('Gesloten — alleen lezen').count()).toBe(1);
    await page.screenshot({ path: 'test-results/rename-closed-dossier.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});
