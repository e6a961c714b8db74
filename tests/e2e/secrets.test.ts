import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { chooseStaff, DEMO_PASSPHRASE, DEMO_TEACHER, loadDemoSchool, unlocked, unlockWith } from './harness/kring';

/** The school's secrets can change: its passphrase, its recovery key, and the data key under them. */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();
const NEW_PASSPHRASE = 'fiets onder de brug zingt';

async function toSecurity(page: import('playwright-core').Page) {
  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('link', { name: /^Wachtwoorden en sleutel/ }).click();
  await page.getByRole('heading', { name: 'Wachtwoorden en sleutel', level: 1 }).waitFor();
}

describe('changing the school’s secrets', () => {
  it('changes the passphrase and the recovery key: the new ones open Kring, the old ones no longer', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await toSecurity(page);
    // The demo school says its passphrase is public.
    await page.getByText(/Dit is de demo-school: het wachtwoord staat op het vergrendelscherm/).waitFor();

    await page.getByLabel('Huidig wachtwoord (van de school of uw eigen)').fill('niet het wachtwoord');
    await page.locator('#security-new').fill(NEW_PASSPHRASE);
    await page.locator('#security-repeat').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Dit wachtwoord klopt niet. Er is niets gewijzigd.').waitFor();
    await page.getByLabel('Huidig wachtwoord (van de school of uw eigen)').fill(DEMO_PASSPHRASE);
    await page.locator('#security-new').fill('wachtwoord1234');
    await page.locator('#security-repeat').fill('wachtwoord1234');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText(/Kies een eigen zin van vier of meer woorden/).waitFor();
    await page.getByLabel('Huidig wachtwoord (van de school of uw eigen)').fill(DEMO_PASSPHRASE);
    await page.locator('#security-new').fill(NEW_PASSPHRASE);
    await page.locator('#security-repeat').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText(/^Het wachtwoord van de school is gewijzigd\./).waitFor();

    // A new recovery key shown but not written down (the menu tapped instead) changes nothing.
    await page.getByLabel('Uw wachtwoord (ter bevestiging)').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Nieuwe herstelsleutel maken' }).click();
    await page.getByRole('heading', { name: 'Uw nieuwe herstelsleutel' }).waitFor();
    const unused = (await page.getByTestId('recovery-key').textContent())!.trim();
    await page.getByRole('button', { name: 'Annuleren, niets wijzigen' }).click();
    await page.getByText('Er is niets gewijzigd: de oude herstelsleutel en sleutel gelden nog.').waitFor();
    await page.getByLabel('Uw wachtwoord (ter bevestiging)').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Nieuwe herstelsleutel maken' }).click();
    await page.getByRole('heading', { name: 'Uw nieuwe herstelsleutel' }).waitFor();
    const recoveryKey = (await page.getByTestId('recovery-key').textContent())!.trim();
    expect(recoveryKey).not.toBe(unused);
    await page.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
    await page.getByRole('button', { name: 'Klaar' }).click();
    await page.getByText('De nieuwe herstelsleutel werkt; de oude opent Kring niet meer.').waitFor();

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    // The demo's passphrase is no longer printed on the lock screen: it no longer opens Kring.
    await page.getByText('Dit is een demo-school met verzonnen gegevens.').waitFor();
    expect(await page.locator('main').textContent()).not.toContain(DEMO_PASSPHRASE);
    await unlockWith(page, DEMO_PASSPHRASE);
    await page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();
    await page.getByRole('button', { name: /Herstelsleutel gebruiken/ }).click();
    await page.getByLabel('Herstelsleutel').fill(unused);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText('Deze herstelsleutel klopt niet.', { exact: false }).waitFor();
    await page.getByLabel('Herstelsleutel').fill(recoveryKey);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('heading', { name: 'Wie gebruikt deze tablet?' }).waitFor();
    await chooseStaff(page, DEMO_TEACHER);
    // Opened with the recovery key: the passphrase was probably forgotten, so Kring says where a new one is made.
    await page.getByText(/^U opende Kring met de herstelsleutel\. Wachtwoord vergeten\?/).waitFor();
    await context.close();
  });

  it('renews the data key only once the new recovery key is written down: everything opens under the new passphrase, the old secrets open nothing', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    const zakenList = async () => {
      await page.goto(`${baseUrl}#/zaken`);
      await page.getByRole('main').getByRole('listitem').first().waitFor();
      return page.getByRole('main').getByRole('listitem').allTextContents();
    };
    const zaken = await zakenList();
    expect(zaken.length).toBeGreaterThan(0);
    await toSecurity(page);
    await page.getByLabel('Wachtwoord van de school', { exact: true }).fill(DEMO_PASSPHRASE);
    await page.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
    await page.getByRole('heading', { name: 'Nieuwe sleutel: uw nieuwe herstelsleutel' }).waitFor();
    const recoveryKey = (await page.getByTestId('recovery-key').textContent())!.trim();
    // Walked away before writing the key down: nothing has changed, the key shown counts for nothing.
    await page.reload();
    await unlocked(page, DEMO_PASSPHRASE);
    expect(await zakenList()).toEqual(zaken);

    // Now the whole way, with a new passphrase.
    await toSecurity(page);
    await page.getByLabel('Wachtwoord van de school', { exact: true }).fill(DEMO_PASSPHRASE);
    await page.locator('#rotate-new').fill(NEW_PASSPHRASE);
    await page.locator('#rotate-repeat').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Sleutel vernieuwen' }).click();
    const second = (await page.getByTestId('recovery-key').textContent())!.trim();
    expect(second).not.toBe(recoveryKey);
    await page.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
    await page.getByRole('button', { name: 'Sleutel nu vernieuwen' }).click();
    await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
    await page.getByText('De sleutel is vernieuwd. Open Kring met het wachtwoord van de school.').waitFor();
    await unlockWith(page, DEMO_PASSPHRASE);
    await page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();
    await page.getByRole('button', { name: /Herstelsleutel gebruiken/ }).click();
    await page.getByLabel('Herstelsleutel').fill(recoveryKey);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText('Deze herstelsleutel klopt niet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Wachtwoord gebruiken' }).click();
    await unlocked(page, NEW_PASSPHRASE);
    expect(await zakenList()).toEqual(zaken);
    await context.close();
  });
});
