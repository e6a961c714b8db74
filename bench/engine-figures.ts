import type { Engine, Tab } from '../tests/e2e/engines';
import { DEMO_PASSPHRASE, waitForServiceWorker, waitUntil } from '../tests/e2e/harness/steps';
import type { Site } from '../tests/e2e/harness/site';

/** Per engine: offline cold start (Kring beside a blank Preact page) and an encrypted write. */

const RUNS = 15;
/** Reloads in a row before the other page's turn: the pages take turns, so a busy spell of the machine falls on both. */
const BLOCK = 5;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const FIRST_SCREEN = `() => performance.getEntriesByName('kring:first-screen')[0]?.startTime ?? null`;
const SETTLED = `() => performance.getEntriesByName('kring:settled').length > 0`;

/**
 * Milliseconds from navigation to the first usable screen, read from each page's own User Timing
 * mark: per site, the median of RUNS starts with the servers stopped, the sites taking turns in
 * blocks of BLOCK. A cold start begins with none of the app running: each start is a navigation from
 * an empty page, made once the start before it has settled (its `kring:settled` mark: the store read,
 * the service worker registered, the code for unlocking fetched). `atOnce` is how earlier runs
 * measured: a reload as soon as the first screen is drawn, so what the page before still does
 * (opening the store, fetching code) is counted too.
 */
async function offlineColdStarts(tab: Tab, sites: [Site, Site], atOnce = false): Promise<[number, number]> {
  for (const site of sites) {
    await tab.goto(site.url);
    await waitForServiceWorker(tab);
  }
  for (const site of sites) await site.stop();
  const drawn = async () => {
    await waitUntil(tab, `() => (${FIRST_SCREEN})() !== null`, [], 'the first screen');
    const at = await tab.run<number>(FIRST_SCREEN);
    if (!atOnce) await waitUntil(tab, SETTLED, [], 'the start to settle');
    return at;
  };
  const times: [number[], number[]] = [[], []];
  for (let block = 0; block < RUNS / BLOCK; block++)
    for (const [i, site] of sites.entries()) {
      // Offline: the service worker answers the navigation. This first start of a block is not counted.
      await tab.goto(site.url);
      await drawn();
      const heading = await tab.run<string | null>(`() => document.querySelector('h1')?.textContent ?? null`);
      if (i === 0 && heading !== 'Kring is vergrendeld') throw new Error(`Kring's cold start drew "${heading}", not the lock screen`);
      for (let run = 0; run < BLOCK; run++) {
        if (atOnce) await tab.reload();
        else {
          await tab.goto('about:blank');
          await tab.goto(site.url);
        }
        times[i as 0 | 1].push(await drawn());
      }
    }
  for (const site of sites) await site.start();
  return [median(times[0]), median(times[1])];
}

export interface EngineFigures {
  coldStart: number;
  blankColdStart: number;
  /** The same, reloading as soon as the first screen is drawn. */
  coldStartAtOnce: number;
  blankColdStartAtOnce: number;
  encryptedWrite: number;
  /** The same melding unencrypted, in Kring's own meldingen table. */
  plainWrite: number;
  /** The same in a database of that one table. */
  plainElsewhereWrite: number;
  unlock: number;
}

export async function engineFigures(engine: Engine, app: Site, blank: Site): Promise<EngineFigures> {
  const session = await engine.start();
  try {
    // The bench page first: once the app's service worker is installed it would answer /bench/ with the app.
    await session.tab.goto(`${app.url}bench/`);
    await waitUntil(session.tab, `() => document.getElementById('status')?.textContent === 'ready'`, [], 'the bench page');
    const writes = await session.tab.run<Record<'encrypted' | 'plain' | 'plainElsewhere' | 'unlock', number>>(
      '(p) => window.kringBench.writes(p)',
      DEMO_PASSPHRASE,
    );
    const [coldStart, blankColdStart] = await offlineColdStarts(session.tab, [app, blank]);
    const [coldStartAtOnce, blankColdStartAtOnce] = await offlineColdStarts(session.tab, [app, blank], true);
    return { coldStart, blankColdStart, coldStartAtOnce, blankColdStartAtOnce, encryptedWrite: writes.encrypted, plainWrite: writes.plain, plainElsewhereWrite: writes.plainElsewhere, unlock: writes.unlock };
  } finally {
    await session.quit();
  }
}
