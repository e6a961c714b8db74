import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { walkEveryScreen } from './harness/axe-walk';
import { launchBrowser } from './harness/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('accessibility (axe, WCAG 2.2 AA) and touch targets', () => {
  // One long walk over some thirty screens, each checked by axe: longer than the default limit.
  it('passes on every screen, from setup to lock, in landscape (1024×768)', () => walkEveryScreen(browser, baseUrl, { width: 1024, height: 768 }), 120_000);
});
