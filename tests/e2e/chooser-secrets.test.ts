import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { DEMO_PASSPHRASE, giveOwnPassphrase, loadDemoSchool, unlockWith } from './harness/kring';

/**
 * "Wie gebruikt deze tablet?" after a shared unlock and at "(wissel)": a colleague with an own
 * passphrase is chosen only by typing it, a role that sees everything only with a passphrase typed
 * again, anyone else with a tap.
 */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();
const CARLA_OWN = 'carla haar eigen zin';

describe('choosing who uses the tablet', () => {
  it('asks the own passphrase of a colleague who has one and the school’s for a role that sees everything; a wrong one changes nothing', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await giveOwnPassphrase(page, baseUrl, 'Carla Beekhuis', CARLA_OWN);

    const names = page.getByRole('list', { name: 'Kies uw naam' }).getByRole('button');
    const header = page.locator('header');
    await page.getByRole('button', { name: /\(wissel\)/ }).click();
    await page.getByRole('heading', { name: 'Wie gebruikt deze tablet?' }).waitFor();
    expect(await names.filter({ hasText: 'Carla Beekhuis' }).textContent()).toMatch(/· eigen wachtwoord nodig$/);
    expect(await names.filter({ hasText: 'Otto Molenwiek' }).textContent()).toMatch(/· wachtwoord van de school nodig$/);
    expect(await names.filter({ hasText: 'Femke Hazeloord' }).textContent()).toMatch(/^Femke HazeloordGroepsleerkracht, Surveillant$/);

    // The directeur: a wrong passphrase, then none, leave the tablet where it was.
    await names.filter({ hasText: 'Otto Molenwiek' }).click();
    await page.getByLabel('Wachtwoord van de school').fill('een geraden zin');
    await page.getByRole('button', { name: 'Doorgaan als Otto Molenwiek' }).click();
    await page.getByText('Dit is niet het wachtwoord van de school.').waitFor();
    expect(await header.count()).toBe(0);
    expect(await page.getByLabel('Wachtwoord van de school').inputValue()).toBe('');
    // Carla's own passphrase is not the school's, either.
    await page.getByLabel('Wachtwoord van de school').fill(CARLA_OWN);
    await page.getByRole('button', { name: 'Doorgaan als Otto Molenwiek' }).click();
    await page.getByLabel('Wachtwoord van de school').and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await header.count()).toBe(0);
    await page.getByRole('button', { name: 'Andere naam kiezen' }).click();

    // Carla: the school's passphrase does not make her name anyone's; her own does, until the lock.
    await names.filter({ hasText: 'Carla Beekhuis' }).click();
    await page.getByLabel('Uw eigen wachtwoord').fill(DEMO_PASSPHRASE);
    await page.getByRole('button', { name: 'Doorgaan als Carla Beekhuis' }).click();
    await page.getByText('Dit is niet uw eigen wachtwoord.').waitFor();
    expect(await header.count()).toBe(0);
    await page.getByLabel('Uw eigen wachtwoord').fill(CARLA_OWN);
    await page.getByRole('button', { name: 'Doorgaan als Carla Beekhuis' }).click();
    await header.getByText('Carla Beekhuis').waitFor();
    expect(await page.getByRole('button', { name: /\(wissel\)/ }).count()).toBe(0);

    // After a shared unlock: a teacher's name is one tap; the directeur's with the school's passphrase.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlockWith(page);
    await names.filter({ hasText: 'Femke Hazeloord' }).click();
    await header.getByRole('button', { name: 'Femke Hazeloord (wissel)' }).waitFor();
    await page.getByRole('button', { name: /\(wissel\)/ }).click();
    await names.filter({ hasText: 'Otto Molenwiek' }).click();
    await page.getByLabel('Wachtwoord van de school').fill(DEMO_PASSPHRASE);
    await page.getByRole('button', { name: 'Doorgaan als Otto Molenwiek' }).click();
    await header.getByRole('button', { name: 'Otto Molenwiek (wissel)' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents()).toContain('Zaken');
    await context.close();
  });
});
