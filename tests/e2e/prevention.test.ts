import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { loadDemoSchool, unlocked } from './harness/kring';

/** Section 3 of the protocol: the start screen says what is due this month; ticking it off sticks. */
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the prevention year plan', () => {
  it('shows November’s items on the start screen and keeps what was ticked off', async () => {
    const context = await kringContext(browser, {}, null);
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-25T09:00:00') });
    await loadDemoSchool(page, baseUrl);
    const due = page.locator('section[aria-labelledby="home-prevention"]');
    await due.waitFor();
    const before = Number((await due.getByRole('heading').textContent())!.match(/\((\d+)\)/)![1]);
    expect(await due.textContent()).toContain('Afname SCOL (incl. sociale veiligheid)');

    await page.getByRole('link', { name: 'Preventie', exact: true }).click();
    await page.getByRole('heading', { name: 'Preventie 2026–2027' }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    const november = page.locator('section[aria-labelledby="prevention-11"]');
    await november.getByLabel(/Afname SCOL/).check();
    await november.getByText('(gedaan op 25 november 2026 door Sven Regenboogh)').waitFor();
    // Done on another day, with a note: both are kept as they are typed.
    await november.getByLabel('Gedaan op', { exact: true }).fill('2026-11-20');
    await november.getByText('(gedaan op 20 november 2026 door Sven Regenboogh)').waitFor();
    await november.getByRole('textbox', { name: /^Notitie/ }).fill('Groep 6 en 7 opvallend lager op sociale veiligheid.');
    await november.getByText('Opgeslagen.').waitFor();
    const withDetails = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(withDetails.violations.map((v) => v.id)).toEqual([]);

    await page.reload();
    await unlocked(page);
    expect(await november.getByLabel(/Afname SCOL/).isChecked()).toBe(true);
    expect(await november.getByRole('textbox', { name: /^Notitie/ }).inputValue()).toBe('Groep 6 en 7 opvallend lager op sociale veiligheid.');
    expect(await november.getByLabel('Gedaan op', { exact: true }).inputValue()).toBe('2026-11-20');

    // Typed a moment before the lock: the lock writes it first, nothing is lost.
    await november.getByRole('textbox', { name: /^Notitie/ }).fill('Klassenbezoek gepland.');
    await november.getByText('Wordt bewaard…').waitFor();
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page);
    expect(await november.getByRole('textbox', { name: /^Notitie/ }).inputValue()).toBe('Klassenbezoek gepland.');
    await page.getByRole('link', { name: 'Start' }).click();
    await due.getByRole('heading', { name: `Preventie: nu aan de beurt (${before - 1})` }).waitFor();
    await context.close();
  });
});
