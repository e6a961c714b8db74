import { chromium as playwright, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_PATH, CHROMIUM_ARGS } from '../harness/browser';
import { handleTab } from './handle-tab';
import type { BrowserSession, Engine } from './types';

const chromiumTab = (page: Page) => handleTab(page, 'Chromium');

export const chromiumEngine: Engine = {
  name: 'chromium',
  async start(): Promise<BrowserSession> {
    const dir = mkdtempSync(join(tmpdir(), 'kring-chromium-'));
    const context = await playwright.launchPersistentContext(dir, { executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
    const first = context.pages()[0] ?? (await context.newPage());
    return {
      engine: 'chromium',
      tab: chromiumTab(first),
      openTab: async () => chromiumTab(await context.newPage()),
      async crash() {
        // The renderer dies as in an "Aw, Snap!" crash; the profile and its IndexedDB stay.
        for (const page of context.pages()) {
          const cdp = await context.newCDPSession(page);
          const crashed = new Promise((resolve) => page.once('crash', resolve));
          // The command never answers: the page it would answer from is gone.
          void cdp.send('Page.crash').catch(() => undefined);
          await crashed;
        }
        return chromiumTab(await context.newPage());
      },
      quit: async () => {
        await context.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
