import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDemoSchool } from '../../src/data/demo/demo-school';
import { pupilName } from '../../src/domain/pupils';
import { kringContext, launchBrowser, recordRequests, SCHOOL_DAY } from './harness/browser';
import { loadDemoSchool, pickPupil, unlocked } from './harness/kring';

const baseUrl = inject('baseUrl');
const demo = buildDemoSchool(SCHOOL_DAY);
const pupilNames = demo.pupils.map(pupilName);
const secretText = 'Geheime beschrijving: bij de fietsenstalling uitgescholden';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every record of every IndexedDB database of the origin, bytes read as text, as a copy of the profile would show. */
function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const asText = (value: unknown): unknown => {
      if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
        const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
        return new TextDecoder('utf-8', { fatal: false }).decode(bytes) + String.fromCharCode(...bytes.slice(0, 4096));
      }
      if (Array.isArray(value)) return value.map(asText);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)]));
      return value;
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        out.push(`${info.name}/${name}: ${JSON.stringify(asText(rows))}`);
      }
      db.close();
    }
    return out.join('\n');
  });
}

describe('children’s data stays private', () => {
  it('no request leaves the origin, IndexedDB holds no name or note, and the locked screen shows no child', async () => {
    const context = await kringContext(browser);
    const requests = recordRequests(context);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await pickPupil(page, 'noor', 'Noor');
    await page.getByLabel('Wat is er gebeurd?').fill(secretText);
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('heading', { name: /Melding over/ }).waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).toContain(pupilNames.find((n) => n.startsWith('Noor')));

    const dump = await dumpIndexedDb(page);
    expect(dump).toContain('kring/meldingen');
    expect(dump).toContain('kring/pupils');
    const leaked = pupilNames.filter((name) => dump.includes(name) || dump.includes(name.split(' ').slice(1).join(' ')));
    expect(leaked).toEqual([]);
    expect(dump).not.toContain('fietsenstalling');
    expect(dump).not.toContain('Verzonnen Vlinder');
    for (const melding of demo.meldingen) expect(dump).not.toContain(melding.description.slice(0, 30));

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
    const locked = await page.content();
    expect(pupilNames.filter((name) => locked.includes(name))).toEqual([]);
    expect(locked).not.toContain('fietsenstalling');
    expect(await page.getByTestId('demo-ribbon').count()).toBe(1);

    await unlocked(page);
    const origin = new URL(baseUrl).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await context.close();
  });

  it('locks itself after five minutes without input', async () => {
    const context = await kringContext(browser, {}, null);
    const page = await context.newPage();
    await page.clock.install();
    await loadDemoSchool(page, baseUrl);
    await page.clock.fastForward('04:00');
    expect(await page.getByRole('button', { name: 'Vergrendel' }).count()).toBe(1);
    await page.clock.fastForward('01:05');
    await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
    const text = (await page.locator('body').textContent()) ?? '';
    expect(pupilNames.filter((name) => text.includes(name))).toEqual([]);
    await context.close();
  });
});
