import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { esisExportSchema } from '../../src/domain/esis/esis-export';
import { kringContext, launchBrowser } from './harness/browser';
import { loadDemoSchool, meldingJudgedPesten, unlocked } from './harness/kring';
import { pdfPages } from './harness/pdf-text';

/** The Esis handover of the demo zaak (stap 1 and 2 held): destinations, copy, ticks and the export. */
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('Esis handover', () => {
  it('lists each child’s note and destination, copies it, remembers the tick, and exports after a warning', async () => {
    const context = await kringContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: /Esis: 8 notities nog in te voeren/ }).waitFor();
    await page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    await page.getByRole('link', { name: /Esis-notities \(8 van 8 nog in te voeren\)/ }).click();
    await page.getByRole('heading', { name: 'Esis: notities bij deze zaak' }).waitFor();

    // A first note per child, and the bullied child's follow-up after stap 2.
    const cards = page.getByRole('region', { name: /^Eerste notitie: / });
    expect(await cards.count()).toBe(7);
    const followUp = page.getByRole('region', { name: /^Vervolgnotitie van / });
    expect(await followUp.count()).toBe(1);
    expect(await followUp.getByTestId('esis-note-text').textContent()).toMatch(/^Vervolg pesten .*: op .* is de supportgroep bijeengekomen; elk kind in de groep heeft een eigen actiepunt afgesproken\.$/);
    const destinations = await cards.locator('p strong').allTextContents();
    expect(destinations.filter((d) => d === 'Incidenten → pesten')).toHaveLength(2);
    expect(destinations.filter((d) => d === 'Dagboek')).toHaveLength(5);
    const dagboek = cards.filter({ hasText: 'Dagboek' });
    for (const text of await dagboek.getByTestId('esis-note-text').allTextContents()) expect(text).not.toMatch(/pest|Pester|Assistent|Aanmoediger|Verdediger|Vriend/);

    const first = cards.first();
    const noteText = (await first.getByTestId('esis-note-text').textContent())!;
    await first.getByRole('button', { name: 'Kopieer notitie' }).click();
    await page.getByText('staat op het klembord').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(noteText);

    await first.getByLabel(/Ingevoerd in Esis/).check();
    await first.getByText(/Ingevoerd in Esis \(.*Sven Regenboogh\)/).waitFor();
    // The lock empties the clipboard Kring filled: no names left there for the next person.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('');
    await page.reload();
    await unlocked(page);
    await page.getByText('Nog in te voeren: 7 van 8.').waitFor();

    await page.getByRole('button', { name: 'Exporteer als JSON-bestand' }).click();
    await page.getByText('Let op: dit bestand bevat namen van leerlingen in leesbare tekst.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bestand maken' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kring-esis-demoschool-de-verzonnen-vlinder-\d{4}-\d{2}-\d{2}\.json$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const doc = esisExportSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    expect(doc.notes).toHaveLength(8);
    expect(doc.notes.filter((n) => n.kind === 'vervolg')).toHaveLength(1);
    expect(doc.notes.filter((n) => n.enteredAt)).toHaveLength(1);
    expect(doc.notes[0]!.text).toBe(noteText);
    await context.close();
  });

  it('prints a zaak as a clean dossier: the record, no navigation or buttons', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Dossier afdrukken' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Dossier afdrukken' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Zaak sluiten' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Tijdlijn' }).isVisible()).toBe(true);
    expect(await page.getByText(/dossier afgedrukt op .* vertrouwelijk/).isVisible()).toBe(true);
    // What was said can be read back: answers, feelings in words, the group with roles, the actions.
    const printed = (await page.getByRole('main').innerText())!;
    expect(printed).toContain('Verslag van de gesprekken');
    expect(printed).toContain('Wordt bij het voetballen steeds buitengesloten en uitgelachen.');
    expect(printed).toMatch(/Hoe voelt de leerling zich\?\s+Verdrietig/);
    expect(printed).toMatch(/Supportgroep: .+\s+Pester/);
    expect(printed).toContain('Ik lach niet meer mee');
    expect(printed).toMatch(/Vastgelegd door|vastgelegd door/);
    // The PDF itself, read back as text: the record is there, the screen's chrome is not.
    const pages = (await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })))).map((p) => p.replace(/\s+/g, ' '));
    const text = pages.join(' ');
    // Every page says whose record it is, of which school, that it is confidential, and which page of how many.
    const child = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/^Zaak: /, '').replace(/ \(.*$/, '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p).toContain(`pagina ${i + 1} van ${pages.length}`);
      expect(p).toContain('Vertrouwelijk');
      expect(p).toContain(`${child} · Demoschool De Verzonnen Vlinder`);
    });
    expect(text).toContain('Verslag van de gesprekken');
    expect(text).toContain('Wordt bij het voetballen steeds buitengesloten en uitgelachen.');
    expect(text).toMatch(/Hoe voelt de leerling zich\? ?Verdrietig/);
    expect(text).toContain('Ik lach niet meer mee');
    expect(text).toMatch(/dossier afgedrukt op .* vertrouwelijk/);
    for (const chrome of ['Hoofdmenu', 'Vergrendel', 'Dossier afdrukken', 'Zaak sluiten', 'Esis-notities', 'Leiding overdragen']) expect(text).not.toContain(chrome);
    await context.close();
  });

  it('gives parents a copy about their child only: other children are "een medeleerling"', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    const members = (await page.getByRole('region', { name: /^Supportgroep/ }).getByRole('listitem').allTextContents()).map((t) => t.split(' (')[0]!);
    await page.getByRole('link', { name: 'Tijdlijn van de leerling' }).click();
    await page.getByRole('heading', { level: 1, name: /^Tijdlijn: / }).waitFor();
    const child = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Tijdlijn: ', '').split(' (')[0]!;
    await page.getByRole('link', { name: 'Afschrift voor ouders (inzage AVG)' }).click();
    const copy = page.getByTestId('parents-copy');
    await copy.waitFor();
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain(child);
    expect(text).toContain('Wat speelt er?');
    for (const member of members) expect(text).not.toContain(member);
    // The feeling in words and as the face the child chose.
    const feeling = copy.locator('.copy-feeling').filter({ hasText: 'Hoe voelt de leerling zich? Verdrietig' });
    expect(await feeling.locator('svg').count()).toBe(1);
    await context.close();
  });

  it('files what happened: a stap 1 that found no bullying gives one neutral dagboek note and no pesten entry', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    const child = await meldingJudgedPesten(page, 'maud', 'Duwen bij de kapstok.', 'Het lijkt steeds hetzelfde kind.');

    // The conversation shows it was a one-off: not bullying but an incident.
    await page.getByRole('link', { name: /^Stap 1/ }).click();
    await page.getByLabel('Wat speelt er?').fill('Eenmalig geduwd in de drukte; ze spelen verder goed samen.');
    await page.getByRole('group', { name: 'Hoe voelt de leerling zich?' }).getByText('Gaat wel', { exact: true }).click();
    await page.getByLabel('Geen pesten maar een incident').check();
    await page.getByLabel('Welk passend vervolg kiest u?').fill('Gesprek met beide kinderen samen; ouders van Bram gebeld.');
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('heading', { name: /^Zaak: / }).waitFor();

    await page.getByRole('link', { name: /^Esis-notities/ }).click();
    await page.getByRole('heading', { name: 'Esis: notities bij deze zaak' }).waitFor();
    const cards = page.getByRole('region', { name: /notitie/ });
    expect(await cards.count()).toBe(1);
    expect(await cards.first().locator('p strong').textContent()).toBe('Dagboek');
    const text = (await cards.first().getByTestId('esis-note-text').textContent())!;
    expect(text).toContain(child);
    expect(text).toContain('Het ging niet om pesten maar om een incident');
    expect(text).not.toMatch(/Pesten\.|gepest|supportgroep|Bram|ouders/);
    expect(await page.getByText('Incidenten → pesten').count()).toBe(0);
    await context.close();
  });

  it('adds a follow-up note for every child when the zaak closes, and keeps what was entered', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1/esis`);
    await page.getByRole('heading', { name: 'Esis: notities bij deze zaak' }).waitFor();
    const first = page.getByRole('region', { name: /^Eerste notitie: / }).first();
    const entered = (await first.getByTestId('esis-note-text').textContent())!;
    await first.getByLabel(/Ingevoerd in Esis/).check();
    await page.getByText('Nog in te voeren: 7 van 8.').waitFor();

    await page.getByRole('link', { name: '← Terug naar de zaak' }).click();
    await page.getByLabel('Hoe is de zaak afgelopen?').selectOption({ label: 'Anders' });
    await page.getByLabel('Toelichting').fill('Verhuisd naar een andere school.');
    // Typed, then locked before closing: the closing note is kept like every other form.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page);
    await page.getByText(/Concept van .* teruggezet/).waitFor();
    expect(await page.getByLabel('Toelichting').inputValue()).toBe('Verhuisd naar een andere school.');
    await page.getByRole('button', { name: 'Zaak sluiten' }).click();
    await page.getByRole('button', { name: 'Zaak heropenen' }).waitFor();
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1/esis`);
    // Seven closing follow-ups join the eight notes; the one entered stays entered and unchanged.
    await page.getByText('Nog in te voeren: 14 van 15.').waitFor();
    expect(await first.getByTestId('esis-note-text').textContent()).toBe(entered);
    expect(await first.getByText(/Deze notitie is veranderd/).count()).toBe(0);
    const closing = page.getByRole('region', { name: /^Vervolgnotitie van / }).getByTestId('esis-note-text');
    const texts = await closing.allTextContents();
    expect(texts.filter((t) => /de zaak is op .* afgesloten \(anders\)\.$/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /: de supportgroep is op .* afgerond\.$/.test(t)).length).toBeGreaterThanOrEqual(4);
    // Neutral: the closing note's own words never reach Esis.
    expect(texts.join(' ')).not.toContain('Verhuisd');
    await context.close();
  });
});
