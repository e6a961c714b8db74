import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Chromium, as ../shared/STACK.md says; CHROME_PATH points elsewhere on other systems. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
}

/** A persistent profile in a fresh folder: closing and reopening it is like closing the tab on a tablet. */
export async function openProfile(dir?: string): Promise<{ context: BrowserContext; dir: string; dispose: () => Promise<void> }> {
  const profileDir = dir ?? mkdtempSync(join(tmpdir(), 'kring-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 768 },
    locale: 'nl-NL',
  });
  return {
    context,
    dir: profileDir,
    dispose: async () => {
      await context.close();
    },
  };
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every URL a page asks for, to prove nothing leaves the origin. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}
