import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { DEMO_PASSPHRASE, loadDemoSchool, unlocked } from './harness/kring';

/** Guessing is slow at the lock and hopeless against a passphrase Kring accepts. */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

describe('guessing the passphrase', () => {
  it('refuses a passphrase that is easy to guess, with a Dutch reason, and accepts a strong one', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByLabel('Naam van de school').fill('Basisschool De Linde');
    for (const weak of ['wachtwoord', '1234567890', 'aaaaaaaaaa', 'basisschool de linde', 'De Linde 2026!', 'demo-vlinder-2026']) {
      await page.getByLabel('Wachtwoord', { exact: true }).fill(weak);
      await page.getByLabel('Wachtwoord nogmaals').fill(weak);
      await page.getByRole('button', { name: 'School aanmaken' }).click();
      await page.getByText(/Kies een eigen zin van vier of meer woorden/).waitFor();
      expect(await page.getByRole('heading', { name: 'Uw herstelsleutel' }).count(), weak).toBe(0);
    }
    await page.getByLabel('Wachtwoord', { exact: true }).fill('onze zwaluw vliegt laag');
    await page.getByLabel('Wachtwoord nogmaals').fill('onze zwaluw vliegt laag');
    await page.getByRole('button', { name: 'School aanmaken' }).click();
    await page.getByRole('heading', { name: 'Uw herstelsleutel' }).waitFor();
    await context.close();
  });

  it('makes each wrong attempt after the third wait longer, counted down, and starts afresh after a right one', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    const wrong = async () => {
      await page.getByLabel('Wachtwoord', { exact: true }).fill('een verkeerde zin');
      await page.getByRole('button', { name: 'Ontgrendelen' }).click();
      await page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();
    };
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    for (let i = 0; i < 3; i++) {
      await wrong();
      // Free to try again at once (the error text may show a moment before the button is free again).
      await expect.poll(() => page.getByRole('button', { name: 'Ontgrendelen' }).isEnabled(), { timeout: 3000 }).toBe(true);
    }
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een verkeerde zin');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText(/en dat gebeurde te vaak op deze tablet\. Probeer het over [45] seconden opnieuw\./).waitFor();
    expect(await page.getByText('Dit wachtwoord klopt niet.', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ontgrendelen' }).isDisabled()).toBe(true);
    // A reload does not start the count again: the wait is kept on the tablet.
    await page.reload();
    await page.getByText(/en dat gebeurde te vaak op deze tablet/).waitFor();
    await page.clock.fastForward('00:06');
    await page.getByRole('button', { name: 'Ontgrendelen' }).and(page.locator(':enabled')).waitFor();
    // The fifth wrong attempt waits twice as long.
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een verkeerde zin');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText(/Probeer het over (9|10) seconden opnieuw\./).waitFor();
    await page.clock.fastForward('00:11');
    await unlocked(page, DEMO_PASSPHRASE);
    // Right: the count starts afresh, so the next typo costs nothing.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await wrong();
    expect(await page.getByRole('button', { name: 'Ontgrendelen' }).isEnabled()).toBe(true);
    await context.close();
  });
});
