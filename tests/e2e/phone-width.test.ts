import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { loadDemoSchool } from './harness/kring';

/** A surveillant may well use a phone: no sideways scrolling and no overlapping top bar from 360 px up. */
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function topBarOverlaps(page: Page): Promise<string[]> {
  const banner = page.getByRole('banner');
  const parts = {
    school: banner.getByRole('link', { name: /^Kring/ }),
    user: banner.getByRole('button', { name: /wissel/ }),
    lock: banner.getByRole('button', { name: 'Vergrendel' }),
  };
  // A part the phone does not show (the school's name gives way to who uses it) cannot overlap.
  const shown = await Promise.all(Object.entries(parts).map(async ([name, l]) => [name, (await l.isVisible()) ? await l.boundingBox() : null] as const));
  const boxes = Object.fromEntries(shown.filter(([, box]) => box !== null));
  const found: string[] = [];
  const names = Object.keys(boxes);
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) if (overlaps(boxes[names[i]!]!, boxes[names[j]!]!)) found.push(`${names[i]} × ${names[j]}`);
  return found;
}

/** Elements in the page that scroll sideways themselves (more than a pixel of rounding). */
function sidewaysInside(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
  );
}

describe('phone width', () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 390, height: 844 },
  ])
    it(`scrolls no screen sideways and overlaps nothing in the top bar at ${viewport.width} px`, async () => {
      const context = await kringContext(browser, { viewport });
      const page = await context.newPage();
      await loadDemoSchool(page, baseUrl);
      const screens = ['', 'meldingen', 'meldingen/nieuw', 'zaken', 'zaken/demo-zaak-1', 'zaken/demo-zaak-1/esis', 'zaken/demo-zaak-1/gesprek/stap3/1', 'plein', 'plein/overzicht', 'brievenbus', 'preventie', 'overdracht', 'instellingen', 'instellingen/medewerkers', 'instellingen/leerlingen', 'instellingen/importeren', 'instellingen/nieuw-schooljaar', 'instellingen/bewaren', 'instellingen/protocol', 'jaaroverzicht'];
      for (const hash of screens) {
        await page.goto(`${baseUrl}#/${hash}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `#/${hash}`).toBeLessThanOrEqual(viewport.width);
        // Nor a part of it: a table or chart that scrolls sideways inside the page.
        expect(await sidewaysInside(page), `#/${hash}`).toEqual([]);
        expect(await topBarOverlaps(page), `#/${hash}`).toEqual([]);
        // The bar leaves the screen to the work: at most 30 % of its height.
        expect((await page.getByRole('banner').boundingBox())!.height, `#/${hash}`).toBeLessThanOrEqual(viewport.height * 0.3);
      }
      await context.close();
    });

  it('walks the first start of a new school at 360 px without sideways scrolling', async () => {
    const context = await kringContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const fits = async (where: string) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(360);
      expect(await sidewaysInside(page), where).toEqual([]);
    };
    await page.goto(baseUrl);
    await page.getByLabel('Naam van de school').fill('Openbare Basisschool De Lange Schoolnaam');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('onze lange schoolzin');
    await page.getByLabel('Wachtwoord nogmaals').fill('onze lange schoolzin');
    await page.getByRole('button', { name: 'School aanmaken' }).click();
    await page.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
    await fits('recovery key');
    await page.getByRole('button', { name: 'Verder naar Kring' }).click();
    await page.getByRole('heading', { name: 'Collega’s', level: 2 }).waitFor();
    await fits('colleagues');
    await page.getByLabel('Directeur').check();
    await page.getByLabel('Naam', { exact: true }).fill('Marieke van den Boogaard-Heuvelmans');
    await page.getByLabel('Naam', { exact: true }).press('Enter');
    await page.getByRole('list', { name: 'Toegevoegd' }).waitFor();
    await page.getByRole('button', { name: 'Verder: groepen en leerlingen' }).click();
    await page.getByText('Uit een bestand (bijvoorbeeld een export uit Esis)').click();
    await page.getByText('Met de hand', { exact: true }).click();
    await fits('groups and pupils');
    await page.getByRole('button', { name: 'Later doen, verder' }).click();
    await page.getByRole('heading', { name: 'Wie bent u?', level: 2 }).waitFor();
    await fits('who are you');
    await page.getByRole('list', { name: 'Kies uw naam' }).getByRole('button').first().click();
    await page.getByRole('heading', { name: 'Start', level: 1 }).waitFor();
    // No pupils yet: the start screen says where they come from.
    await page.getByText('Er staan nog geen leerlingen in Kring.').waitFor();
    await fits('start');
    await context.close();
  });
});
