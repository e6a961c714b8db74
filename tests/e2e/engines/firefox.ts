import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExpression, findWithRetry } from './find-in-page';
import type { BrowserSession, Engine, Tab, Target } from './types';

/** Debian's Firefox ESR, driven over WebDriver BiDi: no geckodriver needed. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function firefoxTab(page: Page): Tab {
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
      'Firefox',
    );
  };
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: <T>(source: string, ...args: unknown[]) => page.evaluate(`(${source})(...${JSON.stringify(args)})`) as Promise<T>,
    click: async (target) => {
      const element = await find(target);
      // Puppeteer clicks at the element's centre without checking what is on top: keep sticky bars clear.
      await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await element.click();
    },
    type: async (target, text) => {
      const element = await find(target);
      await element.evaluate((el) => {
        (el as HTMLInputElement).value = '';
      });
      await element.type(text);
    },
    close: () => page.close(),
  };
}

export const firefoxEngine: Engine = {
  name: 'firefox',
  async start(): Promise<BrowserSession> {
    const dir = mkdtempSync(join(tmpdir(), 'kring-firefox-'));
    const launch = () =>
      puppeteer.launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: FIREFOX_PATH,
        headless: true,
        userDataDir: dir,
        defaultViewport: { width: 1024, height: 768 },
      });
    let browser = await launch();
    const first = (await browser.pages())[0] ?? (await browser.newPage());
    return {
      engine: 'firefox',
      tab: firefoxTab(first),
      openTab: async () => firefoxTab(await browser.newPage()),
      async crash() {
        // SIGKILL: Firefox gets no chance to run pagehide or flush anything; the profile stays.
        const process = browser.process();
        const exited = new Promise((resolve) => process?.once('exit', resolve));
        process?.kill('SIGKILL');
        await exited;
        browser = await launch();
        return firefoxTab((await browser.pages())[0] ?? (await browser.newPage()));
      },
      quit: async () => {
        await browser.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
