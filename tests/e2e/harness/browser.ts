import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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

/** One Chromium for a test file, launched before its tests and closed after: returns the getter. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  return () => browser!;
}

/**
 * The day every browser test lives on unless it says otherwise: a Wednesday in November, in the middle
 * of a school year, so that no test depends on the day the suite runs (the demo school is built
 * around the page's today).
 */
export const SCHOOL_DAY = new Date('2026-11-25T09:00:00');

/** A fresh context (own storage) whose clock starts at `at` and then runs; null leaves the clock to the test. */
export async function kringContext(browser: Browser, options: BrowserContextOptions = {}, at: Date | null = SCHOOL_DAY): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  if (at) await context.clock.install({ time: at });
  return context;
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
  await context.clock.install({ time: SCHOOL_DAY });
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
