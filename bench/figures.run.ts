import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { it } from 'vitest';
import { engines } from '../tests/e2e/engines';
import { CHROME_PATH, launchBrowser } from '../tests/e2e/harness/browser';
import { DEMO_TEACHER, unlocked } from '../tests/e2e/harness/kring';
import { DEMO_PASSPHRASE } from '../tests/e2e/harness/steps';
import { startSite } from '../tests/e2e/harness/site';
import { engineFigures, median } from './engine-figures';
import { runLighthouse } from './lighthouse';
import { measureSizes } from './sizes';
import { startSyncServer } from '../scripts/sync-server.mjs';
import { freePort } from '../tests/e2e/harness/free-port';
import { loadDemoSchool } from '../tests/e2e/harness/kring';
import { chooseTeacher, joinSchool, openSyncSettings, turnOnSync } from '../tests/e2e/harness/tablets';

/** `npm run bench`: prints Kring's size and speed figures beside their goals. Goals are not assertions. */

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

it('prints the figures', { timeout: 900_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'kring-bench-'));
  await buildPage('bench/blank-page', join(work, 'blank'), true);
  const app = await startSite();
  await buildPage('bench/browser-page', join(app.root, 'bench'), false);
  const blank = await startSite(join(work, 'blank'));
  const lines: string[] = [];
  const say = (label: string, value: string, goal = '') => lines.push(`| ${label} | ${value} | ${goal} |`);
  try {
    // KRING_BENCH=sync prints the sync figures alone (the rest takes minutes).
    if (process.env.KRING_BENCH === 'sync') {
      for (const [label, value, goal] of await syncFigures()) say(label, value, goal);
      return print(lines);
    }
    const sizes = measureSizes('dist');
    say('initial JS (gzip)', kb(sizes.initialJsGzip), '≤ 60 KB');
    say('initial CSS (gzip)', kb(sizes.initialCssGzip));
    say(`precache, ${sizes.precacheFiles} files (gzip / raw)`, `${kb(sizes.precacheGzip)} / ${kb(sizes.precacheRaw)}`);

    for (const engine of engines) {
      const f = await engineFigures(engine, app, blank);
      say(
        `${engine.name}: offline cold start to first screen, Kring / blank Preact (median of 7)`,
        `${ms(f.coldStart)} / ${ms(f.blankColdStart)} (${(f.coldStart / f.blankColdStart).toFixed(2)}×)`,
        '≤ 1.3×',
      );
      say(
        `${engine.name}: melding write, encrypted / plain Dexie put (mean of 200)`,
        `${ms(f.encryptedWrite)} / ${ms(f.plainWrite)} (${(f.encryptedWrite / f.plainWrite).toFixed(2)}×)`,
        '≤ 1.5×',
      );
      say(`${engine.name}: unlock, PBKDF2-SHA-256 600,000 iterations (mean of 3)`, ms(f.unlock));
    }

    // Chromium only, with Playwright: the 10,000-melding store and Lighthouse.
    const browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}bench/`);
    await page.getByText('ready').waitFor();
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
      // Unlocked with the school's passphrase, the tablet asks who uses it (one tap: the demo's IVP), then shows the start.
      await unlocked(page, DEMO_PASSPHRASE, DEMO_TEACHER);
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
    // A pupil list of 10,000 rows: from choosing the file to the preview (planned in a worker).
    const csvTimes: number[] = [];
    const csv = ['voornaam;achternaam;groep;leerlingnummer', ...Array.from({ length: 10_000 }, (_, i) => `Kind${i};van Achternaam${i % 997};${1 + (i % 8)};${100000 + i}`)].join('\n');
    for (let i = 0; i < 3; i++) {
      await page.goto(`${app.url}#/instellingen/importeren`);
      const input = page.getByLabel('Bestand met leerlingen (.csv)');
      await input.waitFor({ state: 'attached' });
      const t0 = performance.now();
      await input.setInputFiles({ name: 'leerlingen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('import-summary').waitFor();
      csvTimes.push(performance.now() - t0);
    }
    // A fresh context: the app's service worker, installed above, would answer /bench/ with the app.
    const groundPage = await (await browser.newContext()).newPage();
    await groundPage.goto(`${app.url}bench/`);
    await groundPage.getByText('ready').waitFor();
    const ground = await groundPage.evaluate(
      (p) =>
        (window as unknown as { kringBench: { playground(p: string, n: number): Promise<Record<string, number>> } }).kringBench.playground(p, 25_000),
      DEMO_PASSPHRASE,
    );
    await groundPage.goto(`${app.url}bench/`);
    await groundPage.getByText('ready').waitFor();
    const moved = await groundPage.evaluate(
      (p) => (window as unknown as { kringBench: { transfer(p: string, n: number): Promise<Record<string, number>> } }).kringBench.transfer(p, 5_000),
      DEMO_PASSPHRASE,
    );
    await browser.close();
    say('chromium, 5,000 zaken: export to an encrypted file / import with merge', `${ms(moved.exportMs!)} / ${ms(moved.importMs!)} (${kb(moved.bytes!)})`, '≤ 3,000 ms each');
    say('chromium, 25,000 stored incidents: quick-log save p50 / p95 (100 saves)', `${ms(ground.saveP50!)} / ${ms(ground.saveP95!)}`, '≤ 50 ms');
    say(`chromium, repeated-targeting detection over ${ground.count!.toLocaleString('en')} incidents (mean of 10)`, ms(ground.detection!), '≤ 100 ms');
    say('chromium, 10,000 encrypted meldingen: unlock to listed home (median)', ms(median(unlockTimes)), '≤ 1,500 ms');
    say('chromium, 10,000 encrypted meldingen: name search to results (median)', ms(median(searchTimes)), '≤ 100 ms');
    say('chromium, pupil list of 10,000 rows: file chosen to preview (median of 3)', ms(median(csvTimes)), '≤ 2,000 ms');

    for (const [label, value, goal] of await syncFigures()) say(label, value, goal);

    const scores = await runLighthouse(app.url, CHROME_PATH);
    say(
      'Lighthouse 12 mobile: performance / accessibility / best practices / SEO',
      typeof scores === 'string' ? scores : `${scores.performance} / ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}`,
      '100 / 100 / 100',
    );
  } finally {
    await app.remove();
    await blank.remove();
    rmSync(work, { recursive: true, force: true });
  }
  print(lines);
});

function print(lines: string[]): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(['', `Kring bench — ${machine}`, '', '| figure | measured | goal |', '|---|---|---|', ...lines, ''].join('\n'));
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/**
 * Two tablets and the school's CouchDB (PouchDB Server) on loopback, each tablet on its own origin:
 * from a save on one to its display on the other, and a new tablet joining a school of 5,000 zaken.
 */
async function syncFigures(): Promise<[string, string, string][]> {
  const server = await startSyncServer({ port: await freePort() });
  const sites = await Promise.all([0, 1, 2, 3].map(() => startSite('dist', () => server.url)));
  const [a, b, big, fresh] = sites as [Awaited<ReturnType<typeof startSite>>, Awaited<ReturnType<typeof startSite>>, Awaited<ReturnType<typeof startSite>>, Awaited<ReturnType<typeof startSite>>];
  await buildPage('bench/browser-page', join(big.root, 'bench'), false);
  const browser = await launchBrowser();
  try {
    await server.createDatabase('latency');
    const tabletA = await (await browser.newContext()).newPage();
    await loadDemoSchool(tabletA, a.url);
    await openSyncSettings(tabletA);
    await turnOnSync(tabletA, 'latency', 0);
    const tabletB = await (await browser.newContext()).newPage();
    await joinSchool(tabletB, b.url, 'latency', 1);
    await chooseTeacher(tabletB);
    await tabletB.getByRole('link', { name: 'Meldingen', exact: true }).click();
    const waiting = tabletB.getByRole('heading', { name: /^Nieuw — nog beoordelen \(\d+\)/ });
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const before = Number((await waiting.textContent())!.match(/\((\d+)\)/)![1]);
      await tabletA.getByRole('link', { name: 'Start', exact: true }).click();
      await tabletA.getByRole('link', { name: 'Nieuwe melding' }).click();
      await tabletA.getByLabel('Zoek op naam').fill('emma');
      await tabletA.getByRole('list', { name: 'Gevonden leerlingen' }).getByRole('button').first().click();
      await tabletA.getByLabel('Wat is er gebeurd?').fill(`Bench ${i}`);
      const t0 = performance.now();
      await tabletA.getByRole('button', { name: 'Melding opslaan' }).click();
      await tabletB.getByRole('heading', { name: `Nieuw — nog beoordelen (${before + 1})` }).waitFor({ timeout: 30_000 });
      latencies.push(performance.now() - t0);
    }

    await server.createDatabase('big');
    const first = await (await browser.newContext()).newPage();
    await first.goto(`${big.url}bench/`);
    await first.getByText('ready').waitFor();
    await first.evaluate((p) => (window as unknown as { kringBench: { bigSchool(p: string, n: number): Promise<boolean> } }).kringBench.bigSchool(p, 5_000), DEMO_PASSPHRASE);
    await first.goto(big.url);
    await unlocked(first, DEMO_PASSPHRASE, DEMO_TEACHER);
    await openSyncSettings(first);
    const u0 = performance.now();
    await turnOnSync(first, 'big', 0);
    await first.getByRole('banner').getByText(/^Gesynchroniseerd om/).waitFor({ timeout: 600_000 });
    const upload = performance.now() - u0;
    const joining = await (await browser.newContext()).newPage();
    const j0 = performance.now();
    await joinSchool(joining, fresh.url, 'big', 2);
    await joining.getByRole('heading', { name: 'Wie gebruikt deze tablet?' }).waitFor({ timeout: 600_000 });
    const join = performance.now() - j0;
    return [
      ['chromium, sync on loopback: save on tablet A to display on tablet B, p50 / p95 (20 saves)', `${ms(percentile(latencies, 0.5))} / ${ms(percentile(latencies, 0.95))}`, 'p95 ≤ 2,000 ms'],
      ['chromium, sync: a new tablet joins a school of 5,000 zaken (pull, passphrase, every record in its store)', ms(join), '≤ 10,000 ms'],
      ['chromium, sync: the first tablet sends that school to an empty server', ms(upload), ''],
    ];
  } finally {
    await browser.close();
    await Promise.all(sites.map((s) => s.remove()));
    await server.stop();
  }
}
