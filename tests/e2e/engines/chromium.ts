import { chromium as playwright, type ElementHandle, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_PATH, CHROMIUM_ARGS } from '../harness/browser';
import { findExpression, findWithRetry } from './find-in-page';
import type { BrowserSession, Engine, Tab, Target } from './types';

function chromiumTab(page: Page): Tab {
  const find = async (target: Target): Promise<ElementHandle<Element>> => {
    // Keys go to the tab in front, as on a real tablet; a background tab would get only the first one.
    await page.bringToFront();
    return findWithRetry(
      async () => {
        const handle = await page.evaluateHandle(findExpression(target));
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (!element) await handle.dispose();
        return element;
      },
      target,
      'Chromium',
    );
  };
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: <T>(source: string, ...args: unknown[]) => page.evaluate(`(${source})(...${JSON.stringify(args)})`) as Promise<T>,
    click: async (target) => (await find(target)).click(),
    type: async (target, text) => {
      const element = await find(target);
      await element.fill('');
      await element.type(text);
    },
    close: () => page.close(),
  };
}

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
