import { afterEach, describe, expect, inject, it } from 'vitest';
import { openProfile, removeProfile } from './harness/browser';
import { loadDemoSchool, pickPupil, unlocked, waitForServiceWorker } from './harness/kring';

const baseUrl = inject('baseUrl');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function profile(dir?: string) {
  const p = await openProfile(dir);
  cleanups.push(p.dispose);
  if (!dir) cleanups.push(() => removeProfile(p.dir));
  return p;
}

describe('meldingen', () => {
  it('are saved, listed by status and still there after a reload, online and offline', async () => {
    const { context } = await profile();
    const page = context.pages()[0] ?? (await context.newPage());
    await loadDemoSchool(page, baseUrl);
    await waitForServiceWorker(page);

    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByLabel('Surveillant').check();
    await pickPupil(page, 'emma', 'Emma');
    const pupil = (await page.getByRole('button', { name: /verwijderen$/ }).first().textContent())!.replace('×', '').trim();
    await page.getByLabel('Wat is er gebeurd?').fill('Tijdens het buitenspelen werd een tas in de bosjes gegooid.');
    await page.getByLabel('Waar?').fill('Schoolplein bij de zandbak');
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('heading', { name: `Melding over ${pupil}`, exact: false }).waitFor();

    await page.reload();
    await unlocked(page);
    await page.getByRole('heading', { name: /Melding over/ }).waitFor();
    expect(await page.locator('main').textContent()).toContain('tas in de bosjes');

    await context.setOffline(true);
    await page.goto(`${baseUrl}#/meldingen`);
    await page.reload();
    await unlocked(page);
    await page.getByRole('heading', { name: 'Nieuw — nog beoordelen (7)' }).waitFor();
    const first = page.locator('.list__item').first();
    expect(await first.textContent()).toContain(pupil);

    // A melding made offline survives an offline reload too.
    await page.getByRole('link', { name: 'Nieuwe melding' }).first().click();
    await pickPupil(page, 'daan', 'Daan');
    await page.getByLabel('Wat is er gebeurd?').fill('Offline vastgelegd: duwen bij de rij.');
    await page.getByRole('button', { name: 'Melding opslaan' }).click();
    await page.getByRole('heading', { name: /Melding over/ }).waitFor();
    await page.reload();
    await unlocked(page);
    expect(await page.locator('main').textContent()).toContain('Offline vastgelegd');
  });

  it('keep a draft when the page is closed mid-typing', async () => {
    const first = await profile();
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    await loadDemoSchool(page, baseUrl);
    await page.goto(`${baseUrl}#/meldingen/nieuw`);
    await pickPupil(page, 'sem', 'Sem');
    await page.getByLabel('Wat is er gebeurd?').pressSequentially('Half getypt, toen ging de bel', { delay: 20 });
    await page.getByText(/Concept bewaard om/).waitFor();
    await first.context.close();

    const second = await profile(first.dir);
    const again = second.context.pages()[0] ?? (await second.context.newPage());
    await again.goto(`${baseUrl}#/meldingen/nieuw`);
    await unlocked(again);
    await again.getByText(/Concept van .* teruggezet/).waitFor();
    expect(await again.getByLabel('Wat is er gebeurd?').inputValue()).toBe('Half getypt, toen ging de bel');
    expect(await again.getByRole('button', { name: /^Sem .* verwijderen$/ }).count()).toBe(1);
  });
});
