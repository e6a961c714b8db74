import type { Engine, Tab } from '../tests/e2e/engines';
import { DEMO_PASSPHRASE, waitForServiceWorker, waitUntil } from '../tests/e2e/harness/steps';
import type { Site } from '../tests/e2e/harness/site';

/** Per engine: offline cold start (Kring beside a blank Preact page) and an encrypted write. */

const RUNS = 15;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const FIRST_SCREEN = `() => performance.getEntriesByName('kring:first-screen')[0]?.startTime ?? null`;

/** Milliseconds from navigation to the first usable screen, read from the page's own User Timing mark. */
async function offlineColdStart(tab: Tab, site: Site): Promise<number> {
  await tab.goto(site.url);
  await waitForServiceWorker(tab);
  await site.stop();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await tab.reload();
    await waitUntil(tab, `() => (${FIRST_SCREEN})() !== null`, [], 'the first screen');
    times.push(await tab.run<number>(FIRST_SCREEN));
  }
  await site.start();
  return median(times);
}

export interface EngineFigures {
  coldStart: number;
  blankColdStart: number;
  encryptedWrite: number;
  plainWrite: number;
  unlock: number;
}

export async function engineFigures(engine: Engine, app: Site, blank: Site): Promise<EngineFigures> {
  const session = await engine.start();
  try {
    // The bench page first: once the app's service worker is installed it would answer /bench/ with the app.
    await session.tab.goto(`${app.url}bench/`);
    await waitUntil(session.tab, `() => document.getElementById('status')?.textContent === 'ready'`, [], 'the bench page');
    const writes = await session.tab.run<Record<'encrypted' | 'plain' | 'unlock', number>>(
      '(p) => window.kringBench.writes(p)',
      DEMO_PASSPHRASE,
    );
    const coldStart = await offlineColdStart(session.tab, app);
    const blankColdStart = await offlineColdStart(session.tab, blank);
    return { coldStart, blankColdStart, encryptedWrite: writes.encrypted, plainWrite: writes.plain, unlock: writes.unlock };
  } finally {
    await session.quit();
  }
}
