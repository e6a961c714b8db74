import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { it } from 'vitest';
import { CHROME_PATH, launchBrowser } from '../tests/e2e/harness/browser';
import { DEMO_PASSPHRASE, unlockWith, waitForServiceWorker } from '../tests/e2e/harness/kring';
import { serveFolder } from '../tests/e2e/harness/static-server';
import { runLighthouse } from './lighthouse';
import { measureSizes } from './sizes';

/** `npm run bench`: prints Kring's size and speed figures beside their goals. Goals are not assertions. */

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

async function buildPage(root: string, outDir: string, pwa: boolean) {
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [preact(), ...(pwa ? [VitePWA({ registerType: 'prompt', injectRegister: false, workbox: { clientsClaim: true } })] : [])],
    build: { outDir, emptyOutDir: true },
  });
}

/** Median time from navigation to the first interactive control, with the network off. */
async function offlineColdStart(context: BrowserContext, url: string, ready: (page: Page) => Promise<void>): Promise<number> {
  const warm = await context.newPage();
  await warm.goto(url);
  await waitForServiceWorker(warm);
  await warm.close();
  await context.setOffline(true);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await ready(page);
    times.push(performance.now() - start);
    await page.close();
  }
  await context.setOffline(false);
  return median(times);
}

it('prints the figures', { timeout: 600_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'kring-bench-'));
  const site = join(work, 'site');
  cpSync('dist', site, { recursive: true });
  await buildPage('bench/browser-page', join(site, 'bench'), false);
  await buildPage('bench/blank-page', join(work, 'blank'), true);
  const app = await serveFolder(site);
  const blank = await serveFolder(join(work, 'blank'));
  const browser: Browser = await launchBrowser();
  const lines: string[] = [];
  const say = (label: string, value: string, goal = '') => lines.push(`| ${label} | ${value} | ${goal} |`);
  try {
    const sizes = measureSizes('dist');
    say('initial JS (gzip)', kb(sizes.initialJsGzip), '≤ 60 KB');
    say('initial CSS (gzip)', kb(sizes.initialCssGzip));
    say(`precache, ${sizes.precacheFiles} files (gzip / raw)`, `${kb(sizes.precacheGzip)} / ${kb(sizes.precacheRaw)}`);

    const appCold = await offlineColdStart(await browser.newContext(), app.url, (p) =>
      p.getByRole('button', { name: 'Demo-school laden' }).waitFor(),
    );
    const blankCold = await offlineColdStart(await browser.newContext(), blank.url, (p) => p.getByRole('heading', { name: 'Leeg' }).waitFor());
    say('offline cold start to first screen: Kring / blank Preact', `${ms(appCold)} / ${ms(blankCold)} (${(appCold / blankCold).toFixed(2)}×)`, '≤ 1.3×');

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}bench/`);
    await page.getByText('ready').waitFor();
    const writes = await page.evaluate(
      (p) => (window as unknown as { kringBench: { writes(p: string): Promise<Record<string, number>> } }).kringBench.writes(p),
      DEMO_PASSPHRASE,
    );
    say('unlock, PBKDF2 600,000 iterations (median)', ms(writes.unlock!));
    say('melding write: encrypted / plain Dexie put (median)', `${ms(writes.encrypted!)} / ${ms(writes.plain!)} (${(writes.encrypted! / writes.plain!).toFixed(2)}×)`, '≤ 1.5×');

    await page.evaluate(
      (p) => (window as unknown as { kringBench: { prepare(p: string, n: number): Promise<boolean> } }).kringBench.prepare(p, 10_000),
      DEMO_PASSPHRASE,
    );
    const unlockTimes: number[] = [];
    const searchTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(app.url);
      await page.getByRole('heading', { name: 'Kring is vergrendeld' }).waitFor();
      const start = performance.now();
      await unlockWith(page);
      await page.getByRole('heading', { name: /Te beoordelen \(\d+\)/ }).waitFor();
      unlockTimes.push(performance.now() - start);
      await page.goto(`${app.url}#/meldingen/nieuw`);
      const search = page.getByLabel('Zoek op naam');
      await search.waitFor();
      const t0 = performance.now();
      await search.fill('emma');
      await page.getByText(/leerlingen? gevonden/).waitFor();
      searchTimes.push(performance.now() - t0);
    }
    say('10,000 encrypted meldingen: unlock to listed home (median)', ms(median(unlockTimes)), '≤ 1,500 ms');
    say('10,000 encrypted meldingen: name search to results (median)', ms(median(searchTimes)), '≤ 100 ms');
    await context.close();

    const scores = await runLighthouse(app.url, CHROME_PATH);
    say(
      'Lighthouse 12 mobile: performance / accessibility / best practices / SEO',
      typeof scores === 'string' ? scores : `${scores.performance} / ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}`,
      '100 / 100 / 100',
    );
  } finally {
    await browser.close();
    await app.close();
    await blank.close();
    rmSync(work, { recursive: true, force: true });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${CHROME_PATH}`;
  console.log(['', `Kring bench — ${machine}`, '', '| figure | measured | goal |', '|---|---|---|', ...lines, ''].join('\n'));
});
