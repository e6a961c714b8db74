/**
 * The few things a browser test does, the same in every engine. Scenarios are written once against
 * these interfaces and run in Chromium (Playwright), Firefox (Puppeteer over WebDriver BiDi) and
 * WebKitGTK (Selenium over WebDriver).
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** What to act on, found the way a person would: by a button's or link's text, or a field's label. */
export type Target = { button: string | RegExp } | { link: string | RegExp } | { label: string } | { css: string };

export interface Tab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `source`, the text of a function, in the page with JSON arguments, and returns its JSON result. */
  run<T>(source: string, ...args: unknown[]): Promise<T>;
  click(target: Target): Promise<void>;
  /** Types like a keyboard, after the field's current value has been cleared. */
  type(target: Target, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly engine: EngineName;
  /** The tab the browser opened with. */
  readonly tab: Tab;
  openTab(): Promise<Tab>;
  /**
   * Kills the page's process without warning (no pagehide, no unload), then opens a new tab on the same
   * profile. Absent where the engine cannot (see Engine.lacks.crash).
   */
  crash?(): Promise<Tab>;
  quit(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** A fresh browser with empty storage. */
  start(): Promise<BrowserSession>;
  /** Set where the engine cannot run a scenario at all, with the reason. */
  readonly lacks?: Partial<Record<'crash' | 'storageApi', string>>;
}
