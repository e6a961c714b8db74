import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openProfile, removeProfile } from './harness/browser';
import { waitForServiceWorker } from './harness/kring';
import { serveFolder } from './harness/static-server';

/** Installability needs Chromium's own verdict; offline start and updates run in every engine (scenarios/). */
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
});
