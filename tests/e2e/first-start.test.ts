import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser, SCHOOL_DAY } from './harness/browser';
import { formatDay, isoDay } from '../../src/domain/dates';
import { smallTargets, violations } from './harness/axe-walk';
import { unlocked } from './harness/kring';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('first start of a real school', () => {
  it('sets up with a checked passphrase, shows the recovery key once, and unlocks with either secret', async () => {
    const context = await kringContext(browser);
    // What each page load draws in <main>, frame by frame: a new tablet's setup screen and, once it
    // holds a school, its lock screen come first, with no "Kring wordt gestart…" before them.
    await context.addInitScript(() => {
      const drawn: string[] = ((window as unknown as { drawn: string[] }).drawn = []);
      const look = () => {
        const text = document.querySelector('main')?.textContent?.trim();
        if (text && drawn.at(-1) !== text) drawn.push(text);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const page = await context.newPage();
    const firstDrawn = () => page.evaluate(() => (window as unknown as { drawn: string[] }).drawn[0]);
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Welkom bij Kring' }).waitFor();
    expect(await firstDrawn()).toMatch(/^Welkom bij Kring/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');

    await page.getByLabel('Naam van de school').fill('Basisschool De Linde');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'School aanmaken' }).click();
    await page.getByText('Kies een wachtwoord van minstens 10 tekens.').waitFor();

    await page.getByLabel('Wachtwoord', { exact: true }).fill('onze lange schoolzin');
    await page.getByLabel('Wachtwoord nogmaals').fill('onze lange schoolzi');
    await page.getByRole('button', { name: 'School aanmaken' }).click();
    await page.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();

    await page.getByLabel('Wachtwoord nogmaals').fill('onze lange schoolzin');
    await page.getByRole('button', { name: 'School aanmaken' }).click();
    const recoveryKey = (await page.getByTestId('recovery-key').textContent())!.trim();
    expect(recoveryKey).toMatch(/^([A-Z2-9]{4}-){6}[A-Z2-9]{4}$/);
    // On paper: the key, whose it is and since when, and nothing else of the screen.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain(`Herstelsleutel van Kring voor Basisschool De Linde, gemaakt op ${formatDay(isoDay(SCHOOL_DAY))}.`);
    expect(printed).toContain(recoveryKey);
    expect(printed).not.toContain('Ik heb de herstelsleutel opgeschreven');
    await page.emulateMedia({ media: 'screen' });
    const next = page.getByRole('button', { name: 'Verder naar Kring' });
    expect(await next.isDisabled()).toBe(true);
    await page.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
    await next.click();
    // A guided first start: the school is made; colleagues, groups and pupils, and who holds the tablet follow.
    await page.getByRole('heading', { name: 'Kring instellen', level: 1 }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Basisschool De Linde');
    expect(await page.getByTestId('demo-ribbon').count()).toBe(0);
    const steps = page.getByRole('list', { name: 'Stappen' });
    expect(await steps.locator('[aria-current="step"]').textContent()).toBe('2Collega’s');
    expect(await steps.textContent()).toContain('School (klaar)');

    // The key is shown once: after a reload only the lock screen remains, drawn at once.
    await page.reload();
    await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
    expect(await firstDrawn()).toMatch(/^Kring is vergrendeld/);
    expect(await page.content()).not.toContain(recoveryKey);

    await page.getByLabel('Wachtwoord', { exact: true }).fill('een verkeerde zin');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();

    await page.getByRole('button', { name: /Herstelsleutel gebruiken/ }).click();
    await page.getByLabel('Herstelsleutel').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    // The guide picks up where it was.
    await page.getByRole('heading', { name: 'Collega’s', level: 2 }).waitFor();

    // Nobody yet: the guide does not go on without the person setting up.
    await page.getByRole('button', { name: 'Verder: groepen en leerlingen' }).click();
    await page.getByText('Voeg eerst uzelf toe als medewerker').waitFor();
    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await page.getByText('Kies minstens één rol.').waitFor();
    await page.getByLabel('Interne vertrouwenspersoon').check();
    await page.getByLabel('Naam', { exact: true }).fill('Bram Vertrouwen');
    // Enter adds, as in any form.
    await page.getByLabel('Naam', { exact: true }).press('Enter');
    await page.getByRole('list', { name: 'Toegevoegd' }).getByText('Bram Vertrouwen').waitFor();
    await page.getByRole('heading', { name: 'Nog een collega toevoegen' }).waitFor();
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Groepsleerkracht').check();
    await page.getByLabel('Naam', { exact: true }).fill('Anna de Juf');
    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await page.getByRole('list', { name: 'Toegevoegd' }).getByText('Anna de Juf').waitFor();
    // Adding colleagues does not stop the person setting up to ask who they are.
    expect(await page.getByRole('heading', { name: 'Wie gebruikt deze tablet?' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Verder: groepen en leerlingen' }).click();

    await page.getByRole('heading', { name: 'Groepen en leerlingen', level: 2 }).waitFor();
    await page.getByText('Er zijn nog geen groepen en leerlingen.').waitFor();
    await page.getByText('Met de hand', { exact: true }).click();
    await page.getByRole('button', { name: 'Leerling toevoegen' }).click();
    await page.getByText('Vul de voornaam in.').waitFor();
    await page.getByLabel('Nieuwe groep').fill('Groep 3');
    await page.getByLabel('Nieuwe groep').press('Enter');
    await page.getByText('Nu in Kring: 1 groep, 0 leerlingen.').waitFor();
    // The teacher added before there were groups gets hers now.
    await page.getByLabel('Groep van Anna de Juf').selectOption({ label: 'Groep 3' });
    await page.getByText('Anna de Juf heeft nu Groep 3.').waitFor();
    expect(await page.getByLabel('Groep van de leerling').inputValue()).not.toBe('');
    await page.getByLabel('Voornaam').fill('Tim');
    await page.getByLabel('Achternaam').fill('de Verzonnen');
    await page.getByLabel('Achternaam').press('Enter');
    await page.getByText('Nu in Kring: 1 groep, 1 leerling.').waitFor();
    expect(await violations(page), 'first start, pupils').toEqual([]);
    expect(await smallTargets(page), 'first start targets').toEqual([]);
    // The same name again in the same group is asked about, not added in silence.
    await page.getByLabel('Voornaam').fill('tim');
    await page.getByLabel('Achternaam').fill('De Verzonnen ');
    await page.getByLabel('Achternaam').press('Enter');
    await page.getByText(/Tim de Verzonnen staat al in deze groep\. Is dit een ander kind met dezelfde naam\?/).waitFor();
    expect(await page.getByText('Nu in Kring: 1 groep, 1 leerling.').count()).toBe(1);
    await page.getByLabel('Voornaam').fill('');
    await page.getByLabel('Achternaam').fill('');
    await page.getByRole('button', { name: 'Verder', exact: true }).click();

    await page.getByRole('heading', { name: 'Wie bent u?', level: 2 }).waitFor();
    expect(await violations(page), 'first start, who').toEqual([]);
    await page.getByRole('list', { name: 'Kies uw naam' }).getByRole('button', { name: /Bram Vertrouwen/ }).click();
    await page.getByRole('heading', { name: 'Start', level: 1 }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Bram Vertrouwen');

    // The pupil list itself: a group renamed in place, a group or pupil made by mistake removed again.
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByRole('link', { name: /^Groepen en leerlingen/ }).click();
    await page.getByText('Groep 3: 1 leerling').click();
    await page.getByLabel('Naam van de groep').fill('');
    await page.getByRole('button', { name: 'Naam opslaan (Groep 3)' }).click();
    await page.getByText('Vul de naam van de groep in.').waitFor();
    await page.getByLabel('Naam van de groep').fill('Groep 3');
    await page.getByRole('button', { name: 'Naam opslaan (Groep 3)' }).click();
    await page.getByText('De groep heet nu Groep 3.').waitFor();
    await page.getByLabel('Nieuwe groep').fill('Groep 33');
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await page.getByText('Groep 33: 0 leerlingen').click();
    await page.getByRole('button', { name: 'Lege groep verwijderen (Groep 33)' }).click();
    await page.getByText('Groep 33 is verwijderd.').waitFor();
    expect(await page.getByText('Groep 33: 0 leerlingen').count()).toBe(0);
    await page.getByLabel('Voornaam').fill('Tom');
    await page.getByLabel('Achternaam').fill('Foutje');
    await page.getByLabel('Achternaam').press('Enter');
    // The group's list is still open from renaming it.
    await page.getByText('Groep 3: 2 leerlingen').waitFor();
    await page.getByRole('button', { name: 'Wijzigen (Tom Foutje)' }).click();
    await page.getByRole('button', { name: 'Verwijderen (per ongeluk toegevoegd)' }).click();
    await page.getByText('Tom Foutje is verwijderd.').waitFor();
    await page.getByText('Groep 3: 1 leerling').waitFor();
    // Removed at once, and undone at once: the pupil comes back.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText('Tom Foutje is teruggezet.').waitFor();
    await page.getByText('Groep 3: 2 leerlingen').waitFor();
    await page.getByRole('button', { name: 'Wijzigen (Tom Foutje)' }).click();
    await page.getByRole('button', { name: 'Verwijderen (per ongeluk toegevoegd)' }).click();
    await page.getByText('Groep 3: 1 leerling').waitFor();
    await page.getByLabel('Nieuwe groep').fill('groep 3');
    await page.getByLabel('Nieuwe groep').press('Enter');
    await page.getByText('Er is al een groep “groep 3”.').waitFor();
    await page.getByLabel('Nieuwe groep').fill('');
    // The guide is over: from the next unlock the tablet asks who uses it.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, 'onze lange schoolzin', 'Anna de Juf');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Zoek op naam').fill('tim');
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
    await page.getByLabel('Wat is er gebeurd?').fill('Eerste melding van onze school');
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('heading', { name: 'Melding over Tim de Verzonnen (Groep 3)' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('door Anna de Juf');

    // The school's name, as every screen's header shows it: the IVP's to change.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, 'onze lange schoolzin', 'Bram Vertrouwen');
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByLabel('Naam van de school').fill('OBS De Linde');
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await page.getByText('De naam is opgeslagen.').waitFor();
    expect(await page.locator('header').textContent()).toContain('OBS De Linde');

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page, 'onze lange schoolzin');
    expect(await page.locator('header').textContent()).toContain('OBS De Linde');
    await context.close();
  });
});

describe('settings of a tablet', () => {
  it('shows storage, changes the lock time, and wipes everything only after typing WISSEN', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    const { loadDemoSchool } = await import('./harness/kring');
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    const storage = page.getByTestId('storage-status');
    await storage.waitFor();
    expect(await storage.textContent()).toMatch(/Blijvende opslag.*In gebruik.*(B|kB|MB)/);

    await page.getByLabel('Vergrendelen na').selectOption('10');
    await page.getByText('Opgeslagen voor deze tablet.').waitFor();
    await page.reload();
    await unlocked(page);
    // The device setting is read after the screen appears; wait for it rather than the first paint.
    await page.waitForFunction(() => {
      const select = document.getElementById('lock-after') as HTMLSelectElement | null;
      return select !== null && !select.disabled;
    });
    expect(await page.getByLabel('Vergrendelen na').inputValue()).toBe('10');

    await page.getByLabel('Typ WISSEN om te bevestigen').fill('wissen');
    await page.getByRole('button', { name: 'Alle gegevens wissen' }).click();
    await page.getByText('Typ WISSEN in hoofdletters om te bevestigen.').waitFor();
    expect(await page.getByRole('heading', { name: 'Instellingen' }).count()).toBe(1);

    await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
    await page.getByRole('button', { name: 'Alle gegevens wissen' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Kring' }).waitFor();
    expect(await page.getByTestId('demo-ribbon').count()).toBe(0);
    await context.close();
  });
});
