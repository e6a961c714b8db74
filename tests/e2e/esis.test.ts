import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { esisExportSchema } from '../../src/domain/esis/esis-export';
import { kringContext, launchBrowser } from './harness/browser';
import { loadDemoSchool, unlocked } from './harness/kring';

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
    await page.getByRole('link', { name: /Esis: 7 notities nog in te voeren/ }).waitFor();
    await page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    await page.getByRole('link', { name: /Esis-notities \(7 van 7 nog in te voeren\)/ }).click();
    await page.getByRole('heading', { name: 'Esis: notities bij deze zaak' }).waitFor();

    const cards = page.getByRole('listitem').filter({ has: page.getByTestId('esis-note-text') });
    expect(await cards.count()).toBe(7);
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
    await page.reload();
    await unlocked(page);
    await page.getByText('Nog in te voeren: 6 van 7.').waitFor();

    await page.getByRole('button', { name: 'Exporteer als JSON-bestand' }).click();
    await page.getByText('Let op: dit bestand bevat namen van leerlingen in leesbare tekst.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bestand maken' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kring-esis-demoschool-de-verzonnen-vlinder-\d{4}-\d{2}-\d{2}\.json$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const doc = esisExportSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    expect(doc.notes).toHaveLength(7);
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
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
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
    await context.close();
  });
});
