import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDemoSchool } from '../../src/data/demo/demo-school';
import { pdfText } from './harness/pdf-text';
import { kringContext, launchBrowser, SCHOOL_DAY } from './harness/browser';
import { loadDemoSchool } from './harness/kring';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the yearly overview', () => {
  it('shows the demo school’s year in charts, names no one, and prints as a report', async () => {
    const context = await kringContext(browser, { viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Jaaroverzicht voor IB’er en directie' }).click();
    await page.getByRole('heading', { name: /^Jaaroverzicht pesten \d{4}-\d{4}$/ }).waitFor();

    const demo = buildDemoSchool(SCHOOL_DAY);
    const total = (label: string) => page.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd').textContent();
    expect(await total('Meldingen')).toBe(String(demo.meldingen.length));
    expect(await total('Pleinincidenten')).toBe(String(demo.incidents.length));
    expect(await total('Zaken geopend')).toBe(String(demo.zaken.length));

    // Charts, each an image with its figures in its accessible name.
    const charts = page.locator('[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('img', { name: /^Per maand\./ }).getAttribute('aria-label')).toContain(`${demo.meldingen.length} meldingen`);
    await page.getByRole('img', { name: /^Pleinincidenten per plek/ }).waitFor();
    await page.getByRole('img', { name: /^Lopende zaken per stap/ }).waitFor();

    // Per group, a count of 1 or 2 would point at a child: it reads "< 3".
    const perGroup = page.getByRole('table', { name: /per groep/ });
    const groep6 = perGroup.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Groep 6' }) });
    expect((await groep6.getByRole('cell').allTextContents())[0]).toBe('< 3');
    expect((await perGroup.getByRole('cell').allTextContents()).filter((c) => c === '1' || c === '2')).toEqual([]);

    // Figures only: no child's or staff member's name anywhere on the page.
    const text = (await page.locator('main').textContent()) ?? '';
    const names = [...demo.pupils.map((p) => `${p.firstName} ${p.lastName}`), ...demo.staff.map((s) => s.name)];
    expect(names.filter((n) => text.includes(n))).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await charts.first().isVisible()).toBe(true);
    // On paper every bar's label whole, not cut off as the drawn labels once were (read from the PDF).
    const printed = (await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).replace(/\s+/g, ' ');
    expect(printed).toContain('Jaaroverzicht pesten');
    for (const label of await page.locator('.bar-chart__label').allTextContents()) expect(printed).toContain(label);
    await context.close();
  });
});
