import { spawn } from 'node:child_process';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { freePort } from '../harness/free-port';
import { SETTLE_FOR_CLICK, findExpression, findWithRetry } from './find-in-page';
import type { BrowserSession, Engine, Tab, Target } from './types';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, the nearest engine to Safari on an iPad that runs
 * here. It needs a display, so the driver runs under xvfb-run; without one it hangs silently.
 */
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function waitForDriver(url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

function webkitTab(driver: WebDriver, handle: string): Tab {
  const focus = () => driver.switchTo().window(handle);
  const find = async (target: Target): Promise<WebElement> => {
    await focus();
    return findWithRetry(() => driver.executeScript(`return ${findExpression(target)}`) as Promise<WebElement | null>, target, 'WebKit');
  };
  return {
    goto: async (url) => {
      await focus();
      await driver.get(url);
    },
    reload: async () => {
      await focus();
      await driver.navigate().refresh();
    },
    run: async <T>(source: string, ...args: unknown[]): Promise<T> => {
      await focus();
      // executeAsyncScript so that a promise returned by the function is awaited.
      const result = (await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => (${source})(...arguments[0])).then(done, (e) => done({ __error: String(e) }));`,
        args,
      )) as T & { __error?: string };
      if (result && typeof result === 'object' && '__error' in result) throw new Error(`In WebKit: ${result.__error}`);
      return result;
    },
    click: async (target) => {
      const element = await find(target);
      // WebDriver clicks where the element is now: wait for a screen still filling in to stop moving it.
      await driver.executeAsyncScript(`const done = arguments[arguments.length - 1]; (${SETTLE_FOR_CLICK})(arguments[0]).then(done, done);`, element);
      await element.click();
    },
    type: async (target, text) => {
      const element = await find(target);
      await element.clear();
      await element.sendKeys(text);
    },
    close: async () => {
      await focus();
      await driver.close();
    },
  };
}

export const webkitEngine: Engine = {
  name: 'webkit',
  lacks: {
    crash: 'WebDriver cannot crash a WebKitGTK web process; the closed-page case is tested instead.',
    storageApi: 'WebKitGTK has no navigator.storage.',
  },
  async start(): Promise<BrowserSession> {
    const port = await freePort();
    const server = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url);
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ width: 1024, height: 768 });
    const first = await driver.getWindowHandle();
    return {
      engine: 'webkit',
      tab: webkitTab(driver, first),
      openTab: async () => {
        await driver.switchTo().newWindow('tab');
        return webkitTab(driver, await driver.getWindowHandle());
      },
      quit: async () => {
        await driver.quit().catch(() => undefined);
        if (server.pid) process.kill(-server.pid, 'SIGTERM');
      },
    };
  },
};
