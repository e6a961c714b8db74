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
  const boxes = Object.fromEntries(await Promise.all(Object.entries(parts).map(async ([name, l]) => [name, await l.boundingBox()] as const)));
  const found: string[] = [];
  const names = Object.keys(boxes);
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) if (overlaps(boxes[names[i]!]!, boxes[names[j]!]!)) found.push(`${names[i]} × ${names[j]}`);
  return found;
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
      for (const hash of ['', 'meldingen', 'meldingen/nieuw', 'zaken', 'zaken/demo-zaak-1', 'zaken/demo-zaak-1/esis', 'plein', 'plein/overzicht', 'brievenbus', 'preventie', 'instellingen', 'instellingen/medewerkers', 'instellingen/leerlingen', 'instellingen/protocol', 'jaaroverzicht']) {
        await page.goto(`${baseUrl}#/${hash}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `#/${hash}`).toBeLessThanOrEqual(viewport.width);
        expect(await topBarOverlaps(page), `#/${hash}`).toEqual([]);
      }
      await context.close();
    });
});
