import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile, kringContext } from './harness/browser';
import { loadDemoSchool, unlocked } from './harness/kring';

/** One record altered on disk without the key: it is said, and everything else stays usable. */
const baseUrl = inject('baseUrl');
const browser = chromiumForThisFile();

describe('a damaged record', () => {
  it('changed without the key, is reported on the start screen and left out, and its own link says so; every other melding and screen still works', async () => {
    const context = await kringContext(browser());
    const page = await context.newPage();
    await loadDemoSchool(page, baseUrl);
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('main').getByRole('listitem').first().waitFor();
    const before = await page.getByRole('main').getByRole('listitem').count();
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    // One melding set to "Plagen — afgehandeld" straight in IndexedDB, as someone without the key could:
    // the status is readable there, but bound into the ciphertext.
    const damagedId = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          let id = '';
          const open = indexedDB.open('kring');
          open.onsuccess = () => {
            const tx = open.result.transaction('meldingen', 'readwrite');
            const store = tx.objectStore('meldingen');
            const cursor = store.openCursor();
            cursor.onsuccess = () => {
              const row = cursor.result!.value as { status: string; id: string };
              id = row.id;
              row.status = 'plagen';
              cursor.result!.update(row);
            };
            tx.oncomplete = () => (open.result.close(), resolve(id));
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await unlocked(page);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByText(/1 gegeven kon niet worden gelezen: beschadigd, of buiten Kring om veranderd \(1 melding\)/).waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('main').getByRole('listitem').first().waitFor();
    expect(await page.getByRole('main').getByRole('listitem').count()).toBe(before - 1);
    await page.getByRole('link', { name: 'Zaken', exact: true }).click();
    await page.getByRole('main').getByRole('listitem').first().waitFor();
    // Its own link says what it is: here, but not to be read; not "does not exist".
    await page.evaluate((id) => (location.hash = `#/meldingen/${id}`), damagedId);
    await page.getByRole('heading', { name: 'Melding niet te lezen' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('beschadigd of buiten Kring gewijzigd');
    await context.close();
  });
});
