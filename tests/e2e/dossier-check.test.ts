import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { violations } from './harness/axe-walk';
import { loadDemoSchool } from './harness/kring';
import { pdfText } from './harness/pdf-text';

/**
 * A zaak's dossier exported signed on the school's tablet, and checked by a receiver on a tablet that
 * has no school at all: intact, from the school's key, with the check code the printout carries; one
 * character changed and it is refused.
 */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

async function check(page: Page, name: string, text: string): Promise<void> {
  await page.locator('#check-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('a signed dossier', () => {
  it('is exported from a zaak, and a receiver with nothing but Kring’s first screen finds it intact, or refuses it changed', async () => {
    const school = await kringContext(browser());
    const page = await school.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/instellingen/beveiliging`);
    const published = (await page.getByText(/^Vingerafdruk: /).textContent())!.replace('Vingerafdruk: ', '');
    expect(published).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);

    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByRole('button', { name: 'Dossier exporteren (ondertekend)' }).click();
    await page.getByText('Let op: dit bestand bevat namen van leerlingen in leesbare tekst.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bestand maken' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kring-dossier-demoschool-de-verzonnen-vlinder-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    const codes = page.getByRole('status').filter({ hasText: 'Controlecode van het dossierbestand' });
    const digest = (await codes.locator('.code-text').first().textContent())!;
    expect(await codes.locator('.code-text').nth(1).textContent()).toBe(published);
    // On paper too: the codes are printed with the dossier, as the receiver reads them off the page.
    await page.emulateMedia({ media: 'print' });
    expect(await codes.isVisible()).toBe(true);
    // Back to the browser's own choice: a PDF is then made with the print styles (with 'screen' it would not be).
    await page.emulateMedia({ media: null });
    const printed = (await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).replace(/\s+/g, ' ');
    expect(printed).toContain(`Controlecode van het dossierbestand: ${digest}`);
    expect(printed).toContain(published);
    expect(printed).not.toContain('Dossier exporteren');
    expect(file).toContain('"title": "De melding"');
    expect(file).toContain('"title": "Beoordeling: plagen of pesten?"');

    // The receiver: a fresh browser, no school, offline is fine.
    const receiver = await kringContext(browser());
    const fresh = await receiver.newPage();
    await fresh.goto(baseUrl);
    await fresh.getByRole('button', { name: 'Dossier controleren' }).click();
    await fresh.getByRole('heading', { name: 'Dossier controleren' }).waitFor();
    await receiver.setOffline(true);
    await check(fresh, download.suggestedFilename(), file);
    await fresh.getByRole('heading', { name: 'In orde: ondertekend en niet veranderd' }).waitFor();
    const verdict = (await fresh.getByRole('main').textContent())!;
    expect(verdict).toContain(published);
    expect(verdict).toContain(digest);
    expect(verdict).toContain('Demoschool De Verzonnen Vlinder');
    expect(await violations(fresh), 'check screen').toEqual([]);

    // One letter of the child's name changed: refused.
    const child = (JSON.parse(file) as { signed: { child: string } }).signed.child;
    const forged = file.replace(`"child": "${child}"`, `"child": "${child.slice(0, -1)}${child.endsWith('a') ? 'e' : 'a'}"`);
    expect(forged).not.toBe(file);
    await check(fresh, 'vervalst.json', forged);
    await fresh.getByText(/^Niet in orde: dit dossier is veranderd/).waitFor();
    await check(fresh, 'iets-anders.json', '{"format":"kring-esis-export"}');
    await fresh.getByText('Dit bestand is geen dossier van Kring, of het is onvolledig.').waitFor();
    await fresh.getByRole('button', { name: 'Terug' }).click();
    await fresh.getByRole('button', { name: 'Demo-school laden' }).waitFor();

    // The lock screen offers the same check.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByRole('button', { name: 'Dossier controleren' }).waitFor();
    await receiver.close();
    await school.close();
  });
});
