import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Playwright versions of the steps in steps.ts, for the Chromium-only checks (axe, requests, clock). */

import { DEMO_PASSPHRASE, DEMO_TEACHER } from './steps';
export { DEMO_PASSPHRASE, DEMO_TEACHER };

export async function loadDemoSchool(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Demo-school laden' }).click();
  await page.getByRole('heading', { name: 'Uw herstelsleutel' }).waitFor();
  await page.getByLabel('Ik heb de herstelsleutel opgeschreven').check();
  await page.getByRole('button', { name: 'Verder naar Kring' }).click();
  await page.getByRole('heading', { name: 'Wie gebruikt deze tablet?' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${DEMO_TEACHER}`) }).click();
  await page.getByRole('heading', { name: 'Start', level: 1 }).waitFor();
}

export async function unlockWith(page: Page, passphrase = DEMO_PASSPHRASE): Promise<void> {
  await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

export async function unlocked(page: Page, passphrase = DEMO_PASSPHRASE): Promise<void> {
  await unlockWith(page, passphrase);
  await page.locator('header.topbar').waitFor();
}

/** Waits until the service worker controls the page, so the next load can come from its cache. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active && navigator.serviceWorker.controller);
  });
}

export async function pickPupil(page: Page, search: string, name: string): Promise<void> {
  await page.getByLabel('Zoek op naam').fill(search);
  await page.getByRole('button', { name: new RegExp(name) }).first().click();
}

export async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor();
  expect(await page.getByText(text, { exact: false }).count()).toBeGreaterThan(0);
}
