import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kringContext, launchBrowser } from './harness/browser';
import { loadDemoSchool, unlocked, waitForServiceWorker } from './harness/kring';
import { notePng } from './harness/test-image';

/** The surveillant's quick log and the IVP's blue mailbox, as the people outside use them. */
const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Counts every tap (click) the page receives from now on, to hold the quick log to its promise of at most 4. */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { taps: number; tapCounter?: boolean };
    w.taps = 0;
    if (!w.tapCounter) document.addEventListener('click', () => (w.taps += 1), true);
    w.tapCounter = true;
  });
  return () => page.evaluate(() => (window as unknown as { taps: number }).taps);
}

describe('on the playground', () => {
  it('logs three incidents offline in a few taps each, raises the signal, and starts a melding from it', async () => {
    const context = await kringContext(browser, { viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // A child of the teacher's own group (groep 6) who is not flagged yet.
    const alreadyFlagged = (await page.locator('section[aria-labelledby="home-signals"]').textContent()) ?? '';
    const taps: number[] = [];
    let child = '';
    for (let run = 0; run < 3; run++) {
      await page.getByRole('link', { name: 'Pleinincident' }).first().click();
      await page.getByRole('heading', { name: 'Pleinincident' }).waitFor();
      const tapped = await countTaps(page);
      if (run === 0) {
        await page.getByLabel('Groep').selectOption({ label: 'Groep 6' });
        const names = await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').locator('span:first-child').allTextContents();
        child = names.find((n) => !alreadyFlagged.includes(n))!;
      }
      await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').filter({ hasText: child }).first().click();
      await page.getByRole('button', { name: ['Verbaal', 'Fysiek', 'Buitensluiten'][run]! }).click();
      if (run === 0) await page.getByRole('button', { name: 'Zandbak' }).click();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText(`Opgeslagen: ${child}.`).waitFor();
      taps.push(await tapped());
      await page.getByRole('link', { name: 'Start' }).click();
    }
    expect(Math.max(...taps)).toBeLessThanOrEqual(4);
    expect(taps).toEqual([4, 3, 3]);

    // The start screen now flags the child, with the incidents behind the flag.
    const signals = page.locator('section[aria-labelledby="home-signals"]');
    const flag = signals.locator('li').filter({ hasText: child });
    await flag.waitFor();
    expect(await flag.textContent()).toMatch(/3 keer doelwit in 4 weken: .*\(buitensluiten, Zandbak\)/);
    await flag.getByRole('button', { name: 'Melding starten' }).click();
    await page.getByRole('heading', { name: 'Nieuwe melding' }).waitFor();
    // The prefill lands once the form has read its draft: wait for it, then count.
    await page.getByRole('button', { name: `${child} verwijderen` }).waitFor();
    expect(await page.getByRole('button', { name: `${child} verwijderen` }).count()).toBe(1);
    expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toContain('Signaal uit Kring: 3 keer doelwit');
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('link', { name: 'Beoordelen: plagen of pesten?' }).waitFor();
    // Filed: the signal now leads to that melding, to be judged, instead of offering a second one.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await flag.getByRole('link', { name: /^Naar de melding van / }).click();
    await page.getByRole('link', { name: 'Beoordelen: plagen of pesten?' }).waitFor();

    // The child's timeline holds the incidents; the hotspot chart counts them.
    await page.goto(`${baseUrl}#/plein/overzicht`);
    await page.getByRole('img', { name: /Per plek: .*Zandbak: 4/ }).waitFor();
    await context.close();
  });

  it('starts the next entry at the place just used, without leaving the screen', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Pleinincident' }).first().click();
    await page.getByLabel('Zoek op naam').fill('noor');
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Verbaal' }).click();
    await page.getByRole('button', { name: 'Klimrek' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/^Opgeslagen: /).waitFor();
    // The saved line and its undo are where the surveillant looks: focused, in view.
    await page.waitForFunction(() => document.activeElement?.id === 'ql-saved');
    expect(await page.evaluate(() => document.getElementById('ql-saved')!.getBoundingClientRect().top >= 0)).toBe(true);
    // Child, what, save: the place is already the one just used.
    await page.getByRole('button', { name: 'Klimrek', pressed: true }).waitFor();
    // A chosen group is shown whole, and a search is emptied once a name is picked.
    await page.getByLabel('Groep').selectOption({ label: 'Groep 6' });
    expect(await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').count()).toBe(25);
    expect(await page.getByRole('button', { pressed: true }).filter({ hasText: /^(Zandbak|Schoolplein)$/ }).count()).toBe(0);
    await context.close();
  });

  it('undoes an entry within ten seconds', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Pleinincident' }).first().click();
    await page.getByLabel('Zoek op naam').fill('noor');
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Digitaal' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('#ql-recent').waitFor();
    expect(await page.locator('section[aria-labelledby="ql-recent"] li').count()).toBe(1);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.locator('#ql-recent').waitFor({ state: 'detached' });
    await page.reload();
    await unlocked(page);
    await page.getByRole('heading', { name: 'Pleinincident' }).waitFor();
    expect(await page.locator('#ql-recent').count()).toBe(0);
    await context.close();
  });

  it('turns a blue-mailbox note with a photo into a melding, with the photo encrypted', async () => {
    const context = await kringContext(browser);
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Briefje uit de brievenbus' }).click();
    await page.getByLabel('Wat staat er op het briefje?').fill('Ze pakken elke dag mijn pet af.');
    await page.getByRole('group', { name: 'Is het briefje ondertekend?' }).getByLabel('Nee').check();
    await page.getByLabel('Zoek op naam').fill('teun');
    await page.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
    await page.getByLabel(/Foto van het briefje/).setInputFiles({ name: 'briefje.png', mimeType: 'image/png', buffer: notePng() });
    await page.getByRole('img', { name: 'Foto van het briefje' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan als melding' }).click();
    await page.getByRole('heading', { name: 'Plagen of pesten?' }).waitFor();
    await page.getByRole('link', { name: '← Terug naar de melding' }).click();
    await page.getByText('Blauwe brievenbus', { exact: true }).first().waitFor();
    const photo = page.getByRole('img', { name: 'Foto van het briefje uit de blauwe brievenbus' });
    await photo.waitFor();
    const size = await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([1600, 1200]);

    const stored = await page.evaluate(
      () =>
        new Promise<number[][]>((resolve) => {
          const open = indexedDB.open('kring');
          open.onsuccess = () => {
            const get = open.result.transaction('photos').objectStore('photos').getAll();
            get.onsuccess = () => resolve(get.result.map((row: { sealed: Uint8Array }) => Array.from(row.sealed.slice(0, 64))));
          };
        }),
    );
    expect(stored).toHaveLength(1);
    const bytes = Buffer.from(stored[0]!);
    expect(bytes.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(bytes.includes(Buffer.from('JFIF'))).toBe(false);
    await context.close();
  });
});
