import { SETTLE_FOR_CLICK, findExpression, findWithRetry } from './find-in-page';
import type { Tab, Target } from './types';

/**
 * The tab for drivers that hand out element handles (Playwright for Chromium, Puppeteer for Firefox):
 * their pages and handles agree on the few calls a scenario needs.
 */
export interface HandleLike {
  asElement(): ElementLike | null;
  dispose(): Promise<void>;
}
export interface ElementLike {
  click(): Promise<void>;
  type(text: string): Promise<void>;
  evaluate(fn: (el: Element) => unknown): Promise<unknown>;
}
export interface PageLike {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  evaluateHandle(expression: string): Promise<HandleLike>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export function handleTab(page: PageLike, engine: string): Tab {
  const find = async (target: Target): Promise<ElementLike> => {
    // Keys go to the tab in front, as on a real tablet; a background tab would get only the first one.
    await page.bringToFront();
    return findWithRetry(
      async () => {
        const handle = await page.evaluateHandle(findExpression(target));
        const element = handle.asElement();
        if (!element) await handle.dispose();
        return element;
      },
      target,
      engine,
    );
  };
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: <T>(source: string, ...args: unknown[]) => page.evaluate(`(${source})(...${JSON.stringify(args)})`) as Promise<T>,
    click: async (target) => {
      const element = await find(target);
      // Puppeteer clicks at the element's centre without checking what is on top: keep sticky bars clear
      // and wait for a screen still filling in to stop moving it.
      await element.evaluate(new Function(`return ${SETTLE_FOR_CLICK}`)() as (el: Element) => Promise<boolean>);
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
