import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { HISTORY_PASSPHRASE, historyFile } from './harness/history-file';
import { DEMO_TEACHER, loadDemoSchool, unlocked } from './harness/kring';

/**
 * Unlocking opens what is open and this school year's records; older ones stay sealed until a screen
 * needs them. The demo school's history (a zaak of the year before, closed) arrives in a transfer
 * file, as when a school moves its records to a new tablet.
 */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

describe('older records', () => {
  it('stay sealed at unlock, open on request with the list, and open by themselves where a screen needs them', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/overdracht`);
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'geschiedenis.kring', mimeType: 'application/octet-stream', buffer: Buffer.from(await historyFile()) });
    await page.getByLabel('Wachtwoord van het bestand').fill(HISTORY_PASSPHRASE);
    await page.getByRole('button', { name: 'Bestand lezen' }).click();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText(/^Ingelezen: 3 gegevens toegevoegd.* Meldingen en zaken van eerdere schooljaren staan in de lijsten onder ‘Oudere meldingen tonen’ en ‘Oudere zaken tonen’\.$/).waitFor();

    // After the next unlock (at the start screen, which needs no history): the open zaak is listed,
    // last year's closed one not yet; the list says so.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, undefined, DEMO_TEACHER);
    await page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await page.getByRole('heading', { name: 'Lopende zaken (1)' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Gesloten zaken/ }).count()).toBe(0);
    const older = page.getByText('Hier staan de lopende zaken en de zaken van dit schooljaar (sinds 1 augustus 2026).');
    await older.waitFor();
    await page.getByRole('button', { name: 'Oudere zaken tonen' }).click();
    await page.getByRole('heading', { name: 'Gesloten zaken (1)' }).waitFor();
    expect(await older.count()).toBe(0);
    await page.getByText('Ook de zaken van eerdere schooljaren staan hieronder.').waitFor();
    // The button is gone: focus goes to the page's heading, not to nowhere. A closed zaak says when it closed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zaken');
    await page.getByText('Leiding: Sven Regenboogh · Gesloten 1 mei 2025').waitFor();

    // Locked and opened again: the working set only. The child's page needs the whole history and opens it.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, undefined, DEMO_TEACHER);
    await page.goto(`${baseUrl}#/zaken/oud-zaak`);
    await page.getByText('Supportgroep opgeheven na de evaluatie').first().waitFor();
    await page.getByRole('heading', { level: 1, name: /^Zaak/ }).waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('heading', { name: /^Pesten — zaak geopend \(2\)/ }).waitFor();
    // Opened once, the list says nothing of older records any more.
    expect(await page.getByText('Hier staan de meldingen van dit schooljaar').count()).toBe(0);

    // From this year's melding to what was recorded before about the child, and back.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, undefined, DEMO_TEACHER);
    await page.goto(`${baseUrl}#/meldingen/demo-melding-1`);
    await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
    await page.locator('.history-links').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Tijdlijn: / }).waitFor();
    const timeline = page.locator('ol.timeline > li');
    // Newest first: this school year at the top, last year's melding and closed zaak at the bottom.
    expect(await timeline.first().textContent()).toMatch(/ 2026, /);
    expect(await timeline.last().textContent()).toMatch(/ 2025, /);
    expect(await timeline.filter({ hasText: /^Melding/ }).first().textContent()).toMatch(/^Melding \(Pesten — zaak geopend\).* 2026, /);
    await timeline.filter({ hasText: 'Zaak gesloten: Supportgroep opgeheven na de evaluatie' }).getByText(/2025/).waitFor();
    expect(await timeline.filter({ hasText: /^Melding/ }).getByRole('link', { name: 'naar de melding' }).count()).toBe(2);
    await page.getByRole('link', { name: '← Terug' }).click();
    await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
    await context.close();
  });
});
