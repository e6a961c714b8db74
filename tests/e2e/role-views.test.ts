import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { chooseStaff, DEMO_TEACHER, draftSaved, loadDemoSchool, unlockWith } from './harness/kring';

/**
 * Views by role on a tablet unlocked with the school's shared passphrase: Kring asks who uses it,
 * and each person sees what their role needs (the demo's groep 6 teacher is also an IVP: all).
 */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

describe('views by role', () => {
  it('asks who uses the tablet after every shared unlock, and shows a teacher their group and a surveillant the playground', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Start', 'Meldingen', 'Zaken', 'Plein', 'Preventie', 'Instellingen']);

    // A melding half-typed by the teacher stays the teacher's.
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Wat is er gebeurd?').fill('Half getypt door de meester.');
    await draftSaved(page);

    // Locked and unlocked with the school's passphrase: not on as the last person, but asked.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlockWith(page);
    await page.getByRole('heading', { name: 'Wie gebruikt deze tablet?' }).waitFor();
    const names = page.getByRole('list', { name: 'Kies uw naam' }).getByRole('button');
    expect(await names.first().textContent()).toMatch(new RegExp(`^${DEMO_TEACHER}.*laatst op deze tablet · wachtwoord van de school nodig$`));
    expect(await page.locator('header').count()).toBe(0);

    // The teacher of groep 5: the meldingen of groep 5, not the demo zaak of groep 6, nor his draft.
    await names.filter({ hasText: 'Femke Hazeloord' }).click();
    await page.getByRole('heading', { name: 'Nieuwe melding' }).waitFor();
    expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toBe('');
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    await page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await page.getByRole('heading', { name: 'Zaken' }).first().waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Groep 6');
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByRole('heading', { name: 'Zaak niet gevonden' }).waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('heading', { name: 'Meldingen' }).first().waitFor();
    // The demo's only melding about groep 5 is a note from the blue mailbox: the vertrouwenspersoon's.
    await page.getByText('Er zijn geen meldingen over uw groep, en geen die u zelf deed.').waitFor();
    expect(await page.getByRole('main').getByRole('listitem').count()).toBe(0);
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByText('De leerlingen, de medewerkers, het protocol en de reservekopieën worden beheerd').waitFor();
    expect(await page.getByRole('link', { name: /Medewerkers/ }).count()).toBe(0);
    await page.goto(`${baseUrl}#/overdracht`);
    await page.getByRole('heading', { name: 'Niet voor uw rol' }).waitFor();

    // The surveillant: the quick log, a melding, their own entries; no zaak, no one else's melding.
    await page.getByRole('button', { name: /\(wissel\)/ }).click();
    await page.getByRole('list', { name: 'Kies uw naam' }).getByRole('button').filter({ hasText: 'Gerda Pleinzicht' }).click();
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Start', 'Meldingen', 'Plein', 'Instellingen']);
    expect(await page.getByRole('main').getByRole('link').allTextContents()).toEqual(['Pleinincident', 'Nieuwe melding', 'Mijn meldingen']);
    await page.getByRole('link', { name: 'Mijn meldingen' }).click();
    await page.getByRole('heading', { name: 'Meldingen' }).first().waitFor();
    expect(await page.getByRole('main').getByRole('listitem').count()).toBe(0);
    await page.goto(`${baseUrl}#/zaken`);
    await page.getByRole('heading', { name: 'Niet voor uw rol' }).waitFor();

    // Back to the teacher: his half-typed melding is there again, and only for him.
    await page.getByRole('button', { name: /\(wissel\)/ }).click();
    await chooseStaff(page, DEMO_TEACHER);
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByText(/Concept van .* teruggezet/).waitFor();
    expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toBe('Half getypt door de meester.');
    await context.close();
  });
});
