import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './browser';
import { DEMO_PASSPHRASE, leaveGespreksmodus, unlocked } from './kring';

/**
 * A walk over every screen, from setup to lock, checking each with axe (WCAG 2.2 AA) and for touch
 * targets of at least 44 × 44 px. One walk per orientation, each in a file of its own so they run side by side.
 */
export async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every target a finger needs is at least 44 × 44 CSS pixels. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, a.button, input, select, textarea, .choice, .check, nav a'))
      .filter((el) => el.offsetParent !== null && !(el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height < 44 || r.width < 44;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`),
  );
}

/** The first record in the page's list (meldingen, zaken), as a finger picks it. */
const firstListLink = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('link').first();

export async function walkEveryScreen(browser: Browser, baseUrl: string, viewport: { width: number; height: number }): Promise<void> {
  const context = await kringContext(browser, { viewport });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Demo-school laden' }).waitFor();
  expect(await violations(page), 'setup').toEqual([]);
  expect(await smallTargets(page), 'setup targets').toEqual([]);

  await page.getByRole('button', { name: 'Demo-school laden' }).click();
  await page.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
  expect(await violations(page), 'recovery key').toEqual([]);
  await page.getByRole('button', { name: 'Verder naar Kring' }).click();
  await page.getByRole('heading', { name: 'Wie gebruikt deze tablet?' }).waitFor();
  expect(await violations(page), 'staff chooser').toEqual([]);
  expect(await smallTargets(page), 'staff chooser targets').toEqual([]);
  await page.getByRole('button', { name: /^Sven Regenboogh/ }).click();
  // An IVP sees everything: the school's passphrase again, and the form that asks for it with an error.
  await page.getByRole('button', { name: 'Doorgaan als Sven Regenboogh' }).click();
  await page.getByText('Typ wachtwoord van de school.').waitFor();
  expect(await violations(page), 'staff chooser passphrase').toEqual([]);
  expect(await smallTargets(page), 'staff chooser passphrase targets').toEqual([]);
  await page.getByLabel('Wachtwoord van de school').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Doorgaan als Sven Regenboogh' }).click();
  await page.getByRole('heading', { name: 'Agenda' }).waitFor();
  expect(await violations(page), 'home').toEqual([]);
  expect(await smallTargets(page), 'home targets').toEqual([]);

  await page.getByRole('link', { name: 'Nieuwe melding' }).click();
  await page.getByLabel('Zoek op naam').fill('e');
  await page.getByRole('button', { name: 'Melding opslaan' }).click();
  await page.getByText('Kies minstens één leerling.').waitFor();
  expect(await violations(page), 'melding form with errors').toEqual([]);
  expect(await smallTargets(page), 'melding targets').toEqual([]);

  await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
  await page.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
  expect(await violations(page), 'list').toEqual([]);
  await firstListLink(page).click();
  await page.getByRole('heading', { name: /Melding over/ }).waitFor();
  expect(await violations(page), 'detail').toEqual([]);

  await page.getByRole('link', { name: 'Beoordelen: plagen of pesten?' }).click();
  await page.getByRole('heading', { name: 'Plagen of pesten?' }).waitFor();
  await page.getByRole('group', { name: 'Uitkomst' }).getByLabel(/^Pesten/).check();
  await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await page.getByText('Vul in waarom u tot deze conclusie komt.').waitFor();
  expect(await violations(page), 'triage with errors').toEqual([]);
  expect(await smallTargets(page), 'triage targets').toEqual([]);

  await page.getByRole('link', { name: 'Zaken', exact: true }).click();
  await firstListLink(page).click();
  await page.getByRole('heading', { name: /^Zaak: / }).waitFor();
  expect(await violations(page), 'zaak').toEqual([]);
  expect(await smallTargets(page), 'zaak targets').toEqual([]);
  await page.getByText('Iets in dit verslag corrigeren').first().click();
  await page.getByLabel('Wat corrigeert u?').first().selectOption({ label: 'Wat speelt er?' });
  await page.getByRole('button', { name: 'Correctie vastleggen' }).first().click();
  await page.getByText(/^Schrijf op waarom dit wordt gecorrigeerd/).waitFor();
  expect(await violations(page), 'correction with errors').toEqual([]);
  expect(await smallTargets(page), 'correction targets').toEqual([]);
  await page.getByRole('link', { name: /^Esis-notities/ }).click();
  await page.getByRole('button', { name: 'Exporteer als JSON-bestand' }).click();
  await page.getByText('Let op: dit bestand bevat namen').waitFor();
  expect(await violations(page), 'esis with the names warning').toEqual([]);
  expect(await smallTargets(page), 'esis targets').toEqual([]);
  await page.getByRole('link', { name: '← Terug naar de zaak' }).click();
  await page.getByRole('link', { name: /^Stap 4/ }).click();
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await page.getByText('Het gesprek is nog niet afgerond:').waitFor();
  expect(await violations(page), 'stap 4 with errors').toEqual([]);
  expect(await smallTargets(page), 'stap 4 targets').toEqual([]);
  await page.getByRole('button', { name: 'Gespreksmodus starten (voor de groep)' }).click();
  await page.getByTestId('gespreksmodus').waitFor();
  expect(await violations(page), 'gespreksmodus').toEqual([]);
  expect(await smallTargets(page), 'gespreksmodus targets').toEqual([]);
  await leaveGespreksmodus(page);
  await page.getByRole('button', { name: 'Gesprek afronden' }).waitFor();
  await page.getByRole('link', { name: '← Terug naar de zaak' }).click();
  await page.getByRole('link', { name: /^Stap 3/ }).click();
  await page.getByRole('group', { name: 'Hoe voel je je nu?' }).waitFor();
  expect(await violations(page), 'stap 3 with face scale').toEqual([]);
  expect(await smallTargets(page), 'stap 3 targets').toEqual([]);

  await page.getByRole('link', { name: 'Plein', exact: true }).click();
  await page.getByRole('heading', { name: 'Pleinincident' }).waitFor();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Kies wat er gebeurde.').waitFor();
  expect(await violations(page), 'quick log with errors').toEqual([]);
  expect(await smallTargets(page), 'quick log targets').toEqual([]);
  await page.getByRole('link', { name: 'Overzicht plein' }).click();
  await page.getByRole('heading', { name: 'Overzicht plein' }).waitFor();
  expect(await violations(page), 'hotspots').toEqual([]);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('link', { name: 'Briefje uit de brievenbus' }).click();
  await page.getByRole('heading', { name: 'Briefje uit de blauwe brievenbus' }).waitFor();
  expect(await violations(page), 'mailbox').toEqual([]);
  expect(await smallTargets(page), 'mailbox targets').toEqual([]);

  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('link', { name: /^Reservekopie en overzetten/ }).click();
  await page.getByRole('button', { name: 'Versleuteld bestand maken' }).click();
  await page.getByText('Kies een wachtwoord van minstens 10 tekens.').waitFor();
  expect(await violations(page), 'transfer with errors').toEqual([]);
  expect(await smallTargets(page), 'transfer targets').toEqual([]);
  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await page.getByRole('heading', { name: 'Opslag op dit apparaat' }).waitFor();
  await page.getByTestId('storage-status').waitFor();
  expect(await violations(page), 'settings').toEqual([]);
  expect(await smallTargets(page), 'settings targets').toEqual([]);

  // The school's own pages, each with its forms opened.
  const pages: { hash: string; heading: string | RegExp; open?: () => Promise<unknown> }[] = [
    { hash: 'instellingen/medewerkers', heading: 'Medewerkers', open: () => page.getByRole('button', { name: 'Eigen wachtwoord geven (Carla Beekhuis)' }).click() },
    { hash: 'instellingen/leerlingen', heading: 'Groepen en leerlingen', open: () => page.locator('main summary').first().click() },
    { hash: 'instellingen/importeren', heading: 'Leerlingen importeren' },
    { hash: 'instellingen/nieuw-schooljaar', heading: /^Nieuw schooljaar/, open: () => page.getByText('Leerlingen die een jaar overdoen').click() },
    { hash: 'instellingen/protocol', heading: 'Het protocol van de school', open: () => page.locator('main summary').first().click() },
    { hash: 'instellingen/bewaren', heading: 'Bewaren en verwijderen' },
    { hash: 'jaaroverzicht', heading: /^Jaaroverzicht pesten/ },
  ];
  for (const p of pages) {
    await page.goto(`${baseUrl}#/${p.hash}`);
    await page.getByRole('heading', { name: p.heading, level: 1 }).waitFor();
    await p.open?.();
    expect(await violations(page), p.hash).toEqual([]);
    expect(await smallTargets(page), `${p.hash} targets`).toEqual([]);
  }

  await page.getByRole('button', { name: 'Vergrendel' }).click();
  await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
  expect(await violations(page), 'lock').toEqual([]);
  expect(await smallTargets(page), 'lock targets').toEqual([]);
  await unlocked(page);
  await context.close();
}

/** The walk as a test file's one test, with its own browser: each orientation's file is two lines. */
export function describeWalk(name: string, viewport: { width: number; height: number }): void {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  describe('accessibility (axe, WCAG 2.2 AA) and touch targets', () => {
    // One long walk over some thirty screens, each checked by axe: longer than the default limit, and
    // with room for a busy machine (40 s on a quiet one, 115 s seen with three browser files at once).
    it(`passes on every screen, from setup to lock, in ${name} (${viewport.width}×${viewport.height})`, () => walkEveryScreen(browser, baseUrl, viewport), 300_000);
  });
}
