import puppeteer, { type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleTab, type PageLike } from './handle-tab';
import type { BrowserSession, Engine } from './types';

/** Debian's Firefox ESR, driven over WebDriver BiDi: no geckodriver needed. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Puppeteer types its handles over Node, Playwright over Element; at run time both do what the tab needs.
const firefoxTab = (page: Page) => handleTab(page as unknown as PageLike, 'Firefox');

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
