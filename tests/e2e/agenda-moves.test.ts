import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { loadDemoSchool } from './harness/kring';

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
});
