/**
 * Runs Kring's own data layer in the browser for `npm run bench`. It is served from the same origin as
 * the app, so the store it fills is the one the app then opens.
 */
import Dexie from 'dexie';
import { withDatabase } from '../../src/data/connection';
import { loadDemoSchool } from '../../src/data/demo/load-demo';
import { saveNewMelding } from '../../src/data/meldingen';
import { alertReadStore, incidentStore, meldingStore, preventionStore, pupilStore, zaakStore } from '../../src/data/stores';
import { schoolYearOf } from '../../src/domain/dates';
import { buildDemoSchool } from '../../src/data/demo/demo-school';
import { loadSchoolData } from '../../src/data/school-data';
import { applyImport } from '../../src/data/transfer/import-records';
import { makeTransferFile, readTransferFile } from '../../src/features/transfer/transfer-actions';
import { saveIncident } from '../../src/data/incidents';
import { momentOf, type Incident } from '../../src/domain/incidents/incident';
import { detectSignals, targetEvents } from '../../src/domain/incidents/repeated-targeting';
import { isoDay } from '../../src/domain/dates';
import { createVault, unlockVault, wipeVault } from '../../src/data/vault';
import { deriveWrappingKey, PASSPHRASE_ITERATIONS } from '../../src/data/crypto/key-slots';
import { writeDeviceSettings } from '../../src/data/device-settings';
import type { Melding } from '../../src/domain/melding';
import type { SealedRow } from '../../src/data/db';

/**
 * Mean milliseconds per run, timed over the whole batch: WebKit and Firefox round performance.now()
 * to a millisecond or coarser, too coarse to time one sub-millisecond write.
 */
async function timeEach(n: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await run(i);
  return (performance.now() - start) / n;
}

const input = {
  reporterKind: 'surveillant' as const,
  reporterName: '',
  pupilIds: ['demo-lln-1', 'demo-lln-2'],
  description: 'Tijdens de pauze werd een kind steeds buitengesloten bij het voetballen; de anderen lachten erom.',
  occurredOn: '2026-11-24',
  location: 'Schoolplein',
};

async function prepare(passphrase: string, meldingen: number) {
  await wipeVault();
  const now = new Date();
  const { key } = await createVault({ schoolName: 'Benchschool', passphrase, isDemo: true, now });
  await loadDemoSchool(key, now);
  // The app asks who uses the tablet on a first unlock; the bench measures the home screen behind it.
  await writeDeviceSettings({ staffId: 'demo-lkr-1' });
  const rows: SealedRow[] = [];
  for (let i = 0; i < meldingen; i++) {
    const at = new Date(now.getTime() - i * 60_000).toISOString();
    const melding: Melding = { ...input, id: `bench-${i}`, status: i % 5 === 0 ? 'nieuw' : 'plagen', createdAt: at, updatedAt: at };
    rows.push(await meldingStore.seal(key, melding));
  }
  await withDatabase((db) => db.transaction('rw', db.meldingen, () => db.meldingen.bulkPut(rows)));
  return key;
}

/**
 * A melding saved the app's way (checked, sealed, written) beside the same melding written as it is:
 * into Kring's own meldingen table, so that the difference is the encryption and nothing else, and
 * into a database of one table, the yardstick of earlier runs.
 */
async function writes(passphrase: string) {
  const key = await prepare(passphrase, 0);
  const plainDb = new Dexie('kring-bench-plain', { chromeTransactionDurability: 'strict' });
  plainDb.version(1).stores({ meldingen: 'id, status, createdAt' });
  const encryptedWrite = (i: number) => saveNewMelding(key, input, { id: `w-${i}`, now: new Date() });
  const plain = (id: string) => ({ ...input, id, status: 'nieuw', createdAt: new Date().toISOString() });
  const plainWrite = (i: number) => withDatabase((db) => db.table('meldingen').add(plain(`p-${i}`)));
  const elsewhereWrite = (i: number) => plainDb.table('meldingen').add(plain(`e-${i}`));
  // Side by side: all warmed up, then in alternating batches, so none gets the quieter moment.
  const runs = [encryptedWrite, plainWrite, elsewhereWrite];
  for (const run of runs) await timeEach(20, (i) => run(-1 - i));
  const totals = [0, 0, 0];
  for (let batch = 0; batch < 10; batch++) for (const [n, run] of runs.entries()) totals[n]! += await timeEach(20, (i) => run(batch * 20 + i));
  plainDb.close();
  await Dexie.delete('kring-bench-plain');
  // A new salt each time: an engine may keep a derived key for the same inputs.
  const unlock = await timeEach(3, () => deriveWrappingKey(passphrase, crypto.getRandomValues(new Uint8Array(16)), PASSPHRASE_ITERATIONS));
  return { encrypted: totals[0]! / 10, plain: totals[1]! / 10, plainElsewhere: totals[2]! / 10, unlock };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Quick-log saves with 25,000 incidents stored, and the repeated-targeting rule over all of them. */
async function playground(passphrase: string, stored: number) {
  const key = await prepare(passphrase, 0);
  const now = Date.now();
  const pupils = Array.from({ length: 200 }, (_, i) => `demo-lln-${i + 1}`);
  const incidentAt = (i: number): Incident => {
    const at = new Date(now - (i % 365) * 86_400_000 - (i % 600) * 60_000);
    return {
      id: `bench-inc-${i}`,
      occurredAt: at.toISOString(),
      moment: momentOf(at),
      area: ['Zandbak', 'Voetbalveld', 'Klimrek'][i % 3]!,
      kind: 'verbaal',
      involved: [
        { pupilId: pupils[i % 200]!, part: 'doelwit' },
        { pupilId: pupils[(i * 7) % 200]!, part: 'dader' },
      ],
      note: 'Uitgescholden bij het spelen',
      createdAt: at.toISOString(),
    };
  };
  const rows: SealedRow[] = [];
  for (let i = 0; i < stored; i++) rows.push(await incidentStore.seal(key, incidentAt(i)));
  await withDatabase((db) => db.transaction('rw', db.incidents, () => db.incidents.bulkPut(rows)));
  const saves: number[] = [];
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    await saveIncident(key, { ...incidentAt(i), id: `bench-new-${i}`, occurredAt: new Date().toISOString() });
    saves.push(performance.now() - start);
  }
  const incidents = await incidentStore.all(key);
  const start = performance.now();
  const runs = 10;
  for (let i = 0; i < runs; i++) detectSignals(targetEvents(incidents, [], (x) => x.area), isoDay(new Date()));
  const detection = (performance.now() - start) / runs;
  return { saveP50: percentile(saves, 0.5), saveP95: percentile(saves, 0.95), detection, count: incidents.length };
}

/** Export and import of a store with this many zaken (each with its melding) through an encrypted file. */
/** A school with this many zaken, each with its melding, as a store of some years would hold. */
async function seedZaken(key: CryptoKey, cases: number) {
  const demo = buildDemoSchool(new Date());
  const template = demo.zaken[0]!;
  const meldingTemplate = demo.meldingen[0]!;
  const zaken = Array.from({ length: cases }, (_, i) => ({ ...template, id: `bench-zaak-${i}`, meldingId: `bench-m-${i}`, bulliedPupilId: `demo-lln-${(i % 200) + 1}` }));
  const meldingen = zaken.map((z) => ({ ...meldingTemplate, id: z.meldingId, pupilIds: [z.bulliedPupilId] }));
  const [zaakRows, meldingRows] = await Promise.all([Promise.all(zaken.map((z) => zaakStore.seal(key, z))), Promise.all(meldingen.map((m) => meldingStore.seal(key, m)))]);
  await withDatabase((db) => db.transaction('rw', db.zaken, db.meldingen, async () => {
    await db.zaken.bulkPut(zaakRows);
    await db.meldingen.bulkPut(meldingRows);
  }));
}

/** The longest main-thread task (over 50 ms, as Chromium reports them) while `run` runs: how long a tap could wait. */
async function longestTaskDuring<T>(run: () => Promise<T>): Promise<{ result: T; longest: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
  observer.observe({ type: 'longtask' });
  const result = await run();
  // Entries arrive after their task: one more turn to collect the last.
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return { result, longest };
}

/** Export and import through the transfer screen's own actions, with the longest task in each. */
async function transfer(passphrase: string, cases: number) {
  const key = await prepare(passphrase, 0);
  await seedZaken(key, cases);
  const data = await loadSchoolData(key);
  const t0 = performance.now();
  const made = await longestTaskDuring(() => makeTransferFile(data, passphrase));
  const exportMs = performance.now() - t0;
  await prepare(passphrase, 0);
  const fresh = await unlockVault(passphrase, 'passphrase');
  const local = await loadSchoolData(fresh.key);
  const t1 = performance.now();
  const read = await longestTaskDuring(() => readTransferFile(local, made.result.text, passphrase));
  const applied = await longestTaskDuring(() => applyImport(fresh.key, read.result.plan, {}));
  const importMs = performance.now() - t1;
  return { exportMs, importMs, bytes: made.result.text.length, exportLongest: made.longest, readLongest: read.longest, applyLongest: applied.longest };
}

const DAY = 86_400_000;

/**
 * `years` school years of a 400-pupil school, the demo school's own records included: per year 50
 * pupils leave (marked, never removed while records name them) and 50 arrive; 120 meldingen (30 of
 * them bullying with a zaak of four conversations, the rest plagen or an incident), 500 playground
 * incidents, two alert reads per melding and the prevention plan. Only this year's last few meldingen
 * wait for triage and only this year's last few zaken are open, as in a school that does its work.
 */
async function schoolYears(passphrase: string, years: number) {
  const key = await prepare(passphrase, 0);
  const now = Date.now();
  const demo = buildDemoSchool(new Date(now));
  const zaakTemplate = demo.zaken[0]!;
  const current = demo.pupils.map((p) => p.id);
  const put: Record<'pupils' | 'meldingen' | 'zaken' | 'incidents' | 'alertReads' | 'prevention', SealedRow[]> = { pupils: [], meldingen: [], zaken: [], incidents: [], alertReads: [], prevention: [] };
  // Another 200 current pupils make 400, then 50 leavers for every year before this one.
  const extra = Array.from({ length: 200 }, (_, i) => ({ id: `bench-lln-${i}`, firstName: `Kind${i}`, lastName: `van Bench${i % 37}`, groupId: `groep-${1 + (i % 8)}` }));
  for (const p of extra) put.pupils.push(await pupilStore.seal(key, p));
  for (let y = 0; y < years; y++) {
    const start = now - (y + 1) * 365 * DAY;
    const at = (i: number, per: number) => new Date(start + ((i + 0.5) / per) * 365 * DAY).toISOString();
    const leavers = y === 0 ? [] : Array.from({ length: 50 }, (_, i) => ({ id: `bench-y${y}-lln-${i}`, firstName: `Oud${i}`, lastName: `Jaar${y}`, groupId: 'groep-8', leftOn: at(364, 365).slice(0, 10) }));
    for (const p of leavers) put.pupils.push(await pupilStore.seal(key, p));
    const pupilsOfYear = y === 0 ? [...current, ...extra.map((p) => p.id)] : leavers.map((p) => p.id);
    const pupil = (i: number) => pupilsOfYear[i % pupilsOfYear.length]!;
    for (let i = 0; i < 120; i++) {
      const when = at(i, 120);
      const id = `bench-y${y}-m-${i}`;
      const bullying = i % 4 === 0;
      const waiting = y === 0 && i >= 117;
      const melding: Melding = {
        ...input,
        id,
        pupilIds: [pupil(i), pupil(i + 7)],
        occurredOn: when.slice(0, 10),
        status: waiting ? 'nieuw' : bullying ? 'zaak' : i % 2 ? 'plagen' : 'incident',
        createdAt: when,
        updatedAt: when,
      };
      put.meldingen.push(await meldingStore.seal(key, melding));
      for (const s of ['demo-lkr-1', 'demo-ivp-1']) put.alertReads.push(await alertReadStore.seal(key, { id: `bench-read-${id}-${s}`, alertKey: `melding:${id}`, staffId: s, readAt: when }));
      if (bullying && !waiting) {
        const open = y === 0 && i >= 100;
        const zaak = { ...zaakTemplate, id: `bench-y${y}-z-${i}`, meldingId: id, bulliedPupilId: pupil(i), openedAt: when, updatedAt: when, status: open ? ('open' as const) : ('gesloten' as const) };
        if (!open) zaak.closing = { at: when, reason: 'opgeheven', note: '' };
        put.zaken.push(await zaakStore.seal(key, zaak));
      }
    }
    for (let i = 0; i < 500; i++) {
      const when = at(i, 500);
      const incident: Incident = {
        id: `bench-y${y}-inc-${i}`,
        occurredAt: when,
        moment: momentOf(new Date(when)),
        area: ['Zandbak', 'Voetbalveld', 'Klimrek'][i % 3]!,
        kind: 'verbaal',
        involved: [
          { pupilId: pupil(i), part: 'doelwit' },
          { pupilId: pupil(i * 7 + 3), part: 'dader' },
        ],
        note: 'Uitgescholden bij het spelen',
        createdAt: when,
      };
      put.incidents.push(await incidentStore.seal(key, incident));
    }
    const schoolYear = schoolYearOf(at(200, 365).slice(0, 10));
    put.prevention.push(await preventionStore.seal(key, { id: `${schoolYear}:sociogram-okt`, schoolYear, activityId: 'sociogram-okt', doneOn: at(100, 365).slice(0, 10), note: '' }));
  }
  // In chunks of about a thousand rows, as Dexie's bulk operations like them.
  await withDatabase(async (db) => {
    for (const [table, rows] of Object.entries(put))
      for (let i = 0; i < rows.length; i += 1000) await db.table(table).bulkPut(rows.slice(i, i + 1000));
  });
  // The demo school's own pupils count too (its few other records are left out of the figure).
  return { ...Object.fromEntries(Object.entries(put).map(([table, rows]) => [table, rows.length])), pupils: put.pupils.length + demo.pupils.length };
}

/** The first tablet of a school with this many zaken, for the sync figures (the app then turns sync on). */
async function bigSchool(passphrase: string, cases: number) {
  await seedZaken(await prepare(passphrase, 0), cases);
  return true;
}

Object.assign(window, { kringBench: { prepare: (p: string, n: number) => prepare(p, n).then(() => true), writes, playground, transfer, bigSchool, schoolYears } });
document.getElementById('status')!.textContent = 'ready';

