import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openProfile, removeProfile } from './harness/browser';
import { loadDemoSchool, pickPupil, unlocked, waitForServiceWorker } from './harness/kring';
import { serveFolder } from './harness/static-server';

/** A copy of the build on a server the test controls, so it can go offline and deploy a new version. */
let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let root: string;

beforeAll(async () => {
  browser = await launchBrowser();
  root = mkdtempSync(join(tmpdir(), 'kring-site-'));
  cpSync('dist', root, { recursive: true });
  site = await serveFolder(root);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('offline and installable', () => {
  it('is installable: manifest with name, icons (one maskable), theme colour, standalone', async () => {
    // Chromium never offers installation in an incognito context, so this one has a real profile.
    const { context, dir, dispose } = await openProfile();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(site.url);
    await waitForServiceWorker(page);
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Kring — pestprotocol', short_name: 'Kring', display: 'standalone', lang: 'nl' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, site.url).href)).status()).toBe(200);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    await dispose();
    removeProfile(dir);
  });

  it('starts with all data with the server gone, and offers a new version without losing typed input', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loadDemoSchool(page, site.url);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await unlocked(page);
    await page.getByRole('heading', { name: /Te beoordelen \(6\)/ }).waitFor();
    await context.setOffline(false);

    // A teacher is typing when a new version is deployed.
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await pickPupil(page, 'lotte', 'Lotte');
    await page.getByLabel('Wat is er gebeurd?').fill('Gesprek loopt nog');
    await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));
    writeFileSync(join(root, 'sw.js'), `${readFileSync(join(root, 'sw.js'), 'utf8')}\n// deployed: version 2\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const update = page.getByRole('button', { name: 'Nieuwe versie beschikbaar — bijwerken' });
    await update.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('status').filter({ hasText: 'eerst bewaard' }).count()).toBe(1);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toBe('Gesprek loopt nog');

    await Promise.all([page.waitForEvent('load'), update.click()]);
    await unlocked(page);
    expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toBe('Gesprek loopt nog');
    const script = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL);
    expect(script).toContain('sw.js');
    expect(await page.evaluate(async () => (await (await fetch('sw.js')).text()).includes('version 2'))).toBe(true);
    await context.close();
  });
});
