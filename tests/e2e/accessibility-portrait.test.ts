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
  it('passes on every screen, from setup to lock, in portrait (768×1024)', () => walkEveryScreen(browser, baseUrl, { width: 768, height: 1024 }), 120_000);
});
