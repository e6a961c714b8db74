import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { chooseStaff, DEMO_TEACHER, leaveGespreksmodus, loadDemoSchool, unlocked } from './harness/kring';

/**
 * Gespreksmodus is sealed: while the support group looks at the tablet, nothing of the zaak beyond
 * the questions and the children's own actions is on screen or one tap away.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('gespreksmodus', () => {
  it('shows only what children may see, leads nowhere, survives the back button and a lock, and is left only on purpose', async () => {
    const context = await kringContext(browser, { viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    // The demo zaak has held stap 1 and 2; its next conversation with the group is stap 4.
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByRole('heading', { name: /^Zaak: / }).waitFor();
    const roles = await page.getByRole('region', { name: /^Supportgroep/ }).getByRole('listitem').allTextContents();
    expect(roles.join(' ')).toContain('Pester');
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1/gesprek/stap4/1`);
    await page.getByRole('button', { name: 'Gespreksmodus starten (voor de groep)' }).click();
    const talk = page.getByTestId('gespreksmodus');
    await talk.waitFor();

    const sealedScreen = async () => {
      await talk.waitFor();
      expect(await page.getByRole('banner').count()).toBe(0);
      expect(await page.getByRole('link').count()).toBe(0);
      const text = (await page.locator('body').innerText())!;
      for (const hidden of ['Pester', 'Assistent', 'Verdediger', 'Zaken', 'Meldingen', 'Instellingen', 'Vergrendel']) expect(text).not.toContain(hidden);
    };
    await sealedScreen();

    // The browser's back button, or an address typed in, still shows the conversation only.
    await page.goBack();
    await sealedScreen();
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await sealedScreen();

    // A tap on the leave button is not enough.
    await page.getByRole('button', { name: /Gespreksmodus verlaten/ }).click();
    expect(await page.getByRole('button', { name: 'Ja, verlaten' }).count()).toBe(0);
    await sealedScreen();
    // Nor holding it and tapping "Ja": a guess at the passphrase leaves it sealed.
    await page.getByRole('button', { name: /Gespreksmodus verlaten/ }).hover();
    await page.mouse.down();
    await page.getByRole('button', { name: 'Ja, verlaten' }).waitFor();
    await page.mouse.up();
    await page.getByRole('button', { name: 'Ja, verlaten' }).click();
    await page.getByLabel('Wachtwoord van de school of uw eigen wachtwoord').fill('welkom123');
    await page.getByRole('button', { name: 'Gespreksmodus verlaten' }).click();
    await page.getByText(/^Dit wachtwoord opent gespreksmodus niet/).waitFor();
    await page.screenshot({ path: 'test-results/gespreksmodus-guess.png' });
    await page.getByRole('button', { name: 'Nee, blijven' }).click();
    await sealedScreen();

    // Locked while sealed (the idle lock, or a reload): after unlocking it is still sealed.
    await page.reload();
    await unlocked(page);
    await sealedScreen();

    // Leaving after an unlock with the school's passphrase: first the lead says who they are.
    await leaveGespreksmodus(page);
    await chooseStaff(page, DEMO_TEACHER);
    await page.getByRole('banner').waitFor();
    await page.getByRole('button', { name: 'Gesprek afronden' }).waitFor();
    await context.close();
  });
});
