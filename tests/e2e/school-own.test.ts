import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { draftSaved, DEMO_PASSPHRASE, loadDemoSchool, unlocked } from './harness/kring';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** 400 pupils as Dutch Excel saves them: semicolons, Windows-1252, a tussenvoegsel column; three rows broken. */
function pupilCsv(): Buffer {
  const lines = ['Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep'];
  for (let n = 1; n <= 400; n++) {
    const group = ((n - 1) % 8) + 1;
    let row = `${50000 + n};Zoë${n};van;Importdal${n};${group}`;
    if (n === 41) row = `${50000 + n};;van;Importdal${n};${group}`;
    if (n === 142) row = `${50000 + n};Zoë${n};;;${group}`;
    if (n === 333) row = `${50000 + n};Zoë${n};van;Importdal${n};`;
    lines.push(row);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

async function openSettings(page: Page, link: RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('link', { name: link }).click();
}

describe('the school’s own pupil list', () => {
  it('imports a CSV of 400 pupils, reports the three bad rows, and keeps the rest after a reload', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await openSettings(page, /^Leerlingen importeren/);

    await page.getByLabel('Bestand met leerlingen (.csv)').setInputFiles({ name: 'foto.xlsx', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004rest') });
    await page.getByText('Sla het in het spreadsheetprogramma op als CSV').waitFor();

    await page.getByLabel('Bestand met leerlingen (.csv)').setInputFiles({ name: 'leerlingen.csv', mimeType: 'text/csv', buffer: pupilCsv() });
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('397 leerlingen klaar om te importeren, 3 regels niet te lezen.');
    expect(await page.getByLabel('Tussenvoegsel').inputValue()).toBe('2');
    expect(await page.getByTestId('import-unreadable').textContent()).toContain('Regel 42: De voornaam ontbreekt.');
    expect(await page.getByTestId('import-unreadable').textContent()).toContain('Regel 143: De achternaam ontbreekt.');
    expect(await page.getByTestId('import-unreadable').textContent()).toContain('Regel 334: De groep ontbreekt.');
    // Windows-1252 read as such: the ë is an ë.
    expect(await page.locator('table').textContent()).toContain('Zoë1');
    expect(await page.locator('table').textContent()).toContain('van Importdal1');

    await page.getByRole('button', { name: '397 leerlingen importeren' }).click();
    await page.getByText('397 leerlingen geïmporteerd.').waitFor();

    // The same file again: everyone is already there.
    await page.getByLabel('Bestand met leerlingen (.csv)').setInputFiles({ name: 'leerlingen.csv', mimeType: 'text/csv', buffer: pupilCsv() });
    await page.getByText('0 leerlingen klaar om te importeren, 397 dubbel, 3 regels niet te lezen.').waitFor();
    expect(await page.getByRole('button', { name: '0 leerlingen importeren' }).isDisabled()).toBe(true);

    await page.reload();
    await unlocked(page);
    await page.getByRole('heading', { name: 'Leerlingen importeren' }).waitFor();
    await page.getByRole('link', { name: /Terug naar instellingen/ }).click();
    await page.getByRole('link', { name: /^Groepen en leerlingen/ }).click();
    // 25 demo pupils per group plus 50 imported, less the bad rows: line 42 was groep 1's, line 143 groep 6's.
    await page.getByText('Groep 1: 74 leerlingen').waitFor();
    await page.getByText('Groep 2: 75 leerlingen').waitFor();
    await page.getByText('Groep 6: 74 leerlingen').waitFor();

    await page.getByText('Groep 1: 74 leerlingen').click();
    await page.getByRole('button', { name: 'Wijzigen (Zoë1 van Importdal1)' }).click();
    await page.getByLabel('Voornaam').first().fill('Zoey1');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Zoey1 van Importdal1 is opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Wijzigen (Zoey1 van Importdal1)' }).click();
    await page.getByRole('button', { name: 'Heeft de school verlaten' }).click();
    await page.getByText('Zoey1 van Importdal1 staat nu als vertrokken.').waitFor();
    await page.getByText('Groep 1: 73 leerlingen').waitFor();
    await page.getByText('Vertrokken leerlingen: 1').waitFor();
    await context.close();
  });

  it('moves every group up for a new school year; groep 8 leaves and stays in its meldingen, marked as left', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await openSettings(page, /^Nieuw schooljaar/);
    await page.getByText('Groep 8 (25) verlaat de school').waitFor();
    await page.getByText('Groep 7 (25) → Groep 8').waitFor();
    await page.getByText('Groep 1 (25) → Groep 2').waitFor();
    await page.getByText('Leerlingen die een jaar overdoen').click();
    const firstOfGroep3 = page.getByRole('group', { name: /^Groep 3/ }).locator('label').first();
    const repeater = (await firstOfGroep3.textContent())!.trim();
    await firstOfGroep3.click();
    await page.getByText('Groep 3 (24) → Groep 4').waitFor();
    await page.getByText(`Blijven in hun groep: ${repeater}`).waitFor();

    await page.getByRole('button', { name: /^Groepen doorschuiven naar/ }).click();
    await page.getByText(/is klaargezet: 174 leerlingen een groep hoger, 25 hebben de school verlaten\./).waitFor();
    await page.getByText(/zijn voor .* al een keer doorgeschoven/).waitFor({ state: 'detached' });
    await page.reload();
    await unlocked(page);
    await page.getByText(/al een keer doorgeschoven/).waitFor();

    await page.getByRole('link', { name: /Terug naar instellingen/ }).click();
    await page.getByRole('link', { name: /^Groepen en leerlingen/ }).click();
    await page.getByText('Groep 1: 0 leerlingen').waitFor();
    // Groep 2 moved in, and the one who repeats the year stayed.
    await page.getByText('Groep 3: 26 leerlingen').waitFor();
    await page.getByText('Groep 8: 25 leerlingen').waitFor();
    await page.getByText('Vertrokken leerlingen: 25').waitFor();

    // The demo melding about two groep-8 pupils still names them, marked as left.
    await page.getByRole('link', { name: 'Meldingen' }).click();
    await page.getByText(/\(Groep 8, vertrokken\)/).first().waitFor();
    await context.close();
  });
});

describe('a staff member’s own passphrase', () => {
  it('unlocks as that person, whose name then goes with what they record; revoking it locks them out', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await openSettings(page, /^Medewerkers/);
    // A half-typed new colleague survives a reload, like every form.
    await page.locator('#staff-new-name').fill('Nieuwe Collega');
    await page.locator('#staff-new-role-ivp').check();
    await draftSaved(page);
    await page.reload();
    await unlocked(page);
    await page.getByText(/Concept van .* teruggezet/).waitFor();
    expect(await page.locator('#staff-new-name').inputValue()).toBe('Nieuwe Collega');
    expect(await page.locator('#staff-new-role-ivp').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Eigen wachtwoord geven (Carla Beekhuis)' }).click();
    await page.getByLabel('Uw wachtwoord (ter bevestiging)').fill('een geraden zin');
    await page.getByLabel('Nieuw wachtwoord voor Carla Beekhuis').fill('carla haar eigen zin');
    await page.getByLabel('Nieuw wachtwoord nogmaals').fill('carla haar eigen zin');
    await page.getByRole('button', { name: 'Eigen wachtwoord opslaan' }).click();
    await page.getByText('Dit wachtwoord klopt niet. Er is niets gewijzigd.').waitFor();
    await page.getByLabel('Uw wachtwoord (ter bevestiging)').fill(DEMO_PASSPHRASE);
    await page.getByRole('button', { name: 'Eigen wachtwoord opslaan' }).click();
    await page.getByText('Carla Beekhuis heeft nu een eigen wachtwoord.').waitFor();
    await page.getByText('heeft een eigen wachtwoord').waitFor();

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByText('Het wachtwoord van de school, of uw eigen wachtwoord.').waitFor();
    await unlocked(page, 'carla haar eigen zin');
    // No "who uses this tablet" and no switching: the passphrase said who this is.
    expect(await page.locator('header').textContent()).toContain('Carla Beekhuis');
    expect(await page.getByRole('button', { name: /wissel/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Zoek op naam').fill('a');
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
    await page.getByLabel('Wat is er gebeurd?').fill('Vastgelegd met een eigen wachtwoord');
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('heading', { name: /^Melding over/ }).waitFor();
    expect(await page.locator('main').textContent()).toContain('door Carla Beekhuis');

    // The school passphrase brings back the tablet's usual user, who revokes Carla's passphrase.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await unlocked(page);
    expect(await page.locator('header').textContent()).toContain('Sven Regenboogh');
    await page.goto(`${baseUrl}#/instellingen/medewerkers`);
    await page.getByRole('button', { name: 'Eigen wachtwoord intrekken (Carla Beekhuis)' }).click();
    await page.getByText('Het eigen wachtwoord van Carla Beekhuis is ingetrokken.').waitFor();
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill('carla haar eigen zin');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();

    // Removing a staff member keeps their name where they recorded something.
    await unlocked(page);
    await page.goto(`${baseUrl}#/instellingen/medewerkers`);
    await page.getByRole('button', { name: 'Verwijderen (Carla Beekhuis)' }).click();
    await page.getByRole('button', { name: 'Carla Beekhuis verwijderen' }).click();
    await page.getByText('Carla Beekhuis is verwijderd.').waitFor();
    expect(await page.getByRole('heading', { name: 'Carla Beekhuis' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Meldingen' }).click();
    await page.getByText('Vastgelegd met een eigen wachtwoord').first().click();
    await page.getByText('door Carla Beekhuis').waitFor();
    await context.close();
  });

  it('hands a zaak over when its lead leaves the school', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByText('Leiding overdragen').first().click();
    await page.getByLabel('Nieuwe leiding').selectOption({ label: 'Hanneke Vlinderhof' });
    await page.getByRole('button', { name: 'Leiding overdragen' }).click();
    await page.getByText('Leiding: Hanneke Vlinderhof').waitFor();
    await page.getByText('Leiding overgedragen — van Sven Regenboogh aan Hanneke Vlinderhof').waitFor();

    await page.goto(`${baseUrl}#/instellingen/medewerkers`);
    await page.getByRole('button', { name: 'Verwijderen (Hanneke Vlinderhof)' }).click();
    await page.getByText('Hanneke Vlinderhof leidt nog 1 open zaak.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Hanneke Vlinderhof verwijderen' }).click();
    await page.getByText('Hanneke Vlinderhof is verwijderd.').waitFor();
    await page.goto(`${baseUrl}#/zaken/demo-zaak-1`);
    await page.getByText('Wie deze zaak leidde, werkt niet meer op school.').waitFor();
    await page.getByLabel('Nieuwe leiding').selectOption({ label: 'Sven Regenboogh' });
    await page.getByRole('button', { name: 'Leiding overdragen' }).click();
    await page.getByText('Leiding: Sven Regenboogh').waitFor();
    await context.close();
  });
});
