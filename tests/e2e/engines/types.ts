/**
 * The few things a browser test does, the same in every engine. Scenarios are written once against
 * these interfaces and run in Chromium (Playwright), Firefox (Puppeteer over WebDriver BiDi) and
 * WebKitGTK (Selenium over WebDriver).
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/**
 * What to act on, found the way a person would: a button or link by its text (optionally inside the
 * list or region with that accessible name, and for toggle buttons by whether they are pressed), or a
 * field by its label.
 */
export type Target =
  | { button: string | RegExp; within?: string | RegExp; pressed?: boolean }
  | { link: string | RegExp; within?: string | RegExp }
  | { label: string | RegExp; within?: string | RegExp };

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
