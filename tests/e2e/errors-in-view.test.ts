import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { loadDemoSchool, meldingJudgedPesten } from './harness/kring';

/** A refused submit shows why where the teacher is looking: the first error in view and focused. */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

describe('errors in view', () => {
  it('brings the first field that needs attention into view and says at the button how many there are', async () => {
    const context = await kringContext(browser(), { viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await meldingJudgedPesten(page, 'maud', 'Wordt uitgelachen.', 'Steeds hetzelfde kind.');
    await page.getByRole('link', { name: /^Stap 1/ }).click();
    const finish = page.getByRole('button', { name: 'Gesprek afronden' });
    await finish.scrollIntoViewIfNeeded();
    await finish.click();
    await page.getByText(/^Nog \d+ punten vragen aandacht; het eerste staat nu in beeld\.$/).waitFor();
    // The first marked field holds the focus, and it is on screen, not 2,400 px above the button.
    await page.waitForFunction(() => document.activeElement?.closest('.field--invalid') !== null);
    const box = await page.evaluate(() => {
      const r = document.activeElement!.closest('.field--invalid')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(box.height);
    expect(await page.evaluate(() => document.activeElement!.closest('.field--invalid')!.textContent)).toContain('Beschrijf wat er speelt.');
    await context.close();
  });
});
