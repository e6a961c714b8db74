import { announceChange } from '../../data/change-feed';
import type { DataKey } from '../../data/crypto/cipher';
import { WrongKeyError } from '../../data/crypto/cipher';
import { KringError } from '../../data/errors';
import { loadSchoolData } from '../../data/school-data';
import { heldScope, workingSet } from '../session/whole-school';
import { applyArrivedRows } from './arrived-rows';
import { checkServer, type ServerAnswer, type ServerDetails } from '../../data/sync/server-check';
import { readSyncConfig, syncConfigured, writeSyncConfig, type SyncConfig } from '../../data/sync/sync-config';
import type { SyncedTable } from '../../data/sync/changed-rows';
import type { EngineOptions, SyncConflict, SyncEngine } from '../../data/sync/sync-engine';
import { versionChoiceStore } from '../../data/stores';
import { choiceSubject } from '../../domain/version-choice';
import { useUser } from '../session/user-store';
import { what } from './visible-conflicts';
import type { SchoolData } from '../../data/school-data';
import { unlockVault } from '../../data/vault-state';
import { clock } from '../../domain/clock';
import { openWithKey } from '../lock/lock-actions';
import { enterUnlocked } from '../session/session-actions';
import { useLock } from '../session/lock-store';
import { readAgain } from '../session/session-actions';
import { useSync } from './sync-store';
import { useSchool } from '../session/school-store';
import { pupilHasRecords } from '../../domain/pupils';
import { serverAnswerText } from './sync-texts';

/**
 * Turning sync on and off, joining a school from its server, and running the engine while Kring is
 * unlocked. The engine and PouchDB are loaded only here, and only when this tablet has sync on.
 */

let engine: SyncEngine | null = null;
let engineKey: DataKey | null = null;
let running: Promise<void> = Promise.resolve();

const engineModule = () => import('../../data/sync/sync-engine');
const replicaModule = () => import('../../data/sync/replica');
const origin = () => globalThis.location?.origin ?? 'http://localhost';
const shown = (config: SyncConfig) => ({ server: config.server, database: config.database, username: config.username, enabled: config.enabled });

export async function startSyncIfOn(key: DataKey): Promise<void> {
  if (!(await syncConfigured())) return;
  const config = await readSyncConfig(key);
  if (useLock.getState().key !== key) return;
  useSync.setState({ server: config ? shown(config) : null });
  if (config?.enabled) await runEngine(key, config);
}

/** Starting and stopping run one after another; one that failed does not stop the next. */
function chain(work: () => Promise<void>): Promise<void> {
  running = running.catch(() => undefined).then(work);
  return running;
}

function runEngine(key: DataKey, config: SyncConfig, restart = false): Promise<void> {
  return chain(async () => {
    // Already running with this key (a tablet that just joined opens with the engine that filled it).
    if (engine && engineKey === key && !restart) return;
    await stopEngine();
    // Locked (or the key renewed) while this waited its turn: no engine with a key no longer in use.
    if (useLock.getState().key !== key && useLock.getState().phase !== 'setup') return;
    // One engine per tablet: a second tab of Kring leaves it to the first (it sees the changes through it).
    if (!(await holdSyncLock())) return;
    const { startSync } = await engineModule();
    useSync.setState({ status: { state: 'connecting', lastSyncedAt: null, pending: 0, problem: null, conflicts: [] } });
    // The callbacks come from a scope without the account: they live as long as the engine's
    // leftovers, and must not keep the password in memory after the lock.
    const started = await startSync({
      ...engineCallbacks(key),
      key,
      details: config,
      origin: origin(),
    }).catch((error: unknown) => {
      releaseSyncLock?.();
      releaseSyncLock = null;
      useSync.setState({ status: { state: 'waiting', lastSyncedAt: null, pending: 0, problem: 'could-not-start', conflicts: [] } });
      throw error;
    });
    engine = started;
    engineKey = key;
  });
}

/** What the engine calls back with, made where the server's account is not in scope. */
function engineCallbacks(key: DataKey): Omit<EngineOptions, 'key' | 'details' | 'origin'> {
  return {
    now: () => clock.now(),
    onStatus: (status) => {
      if (useLock.getState().key === key || useLock.getState().phase === 'setup') useSync.setState({ status });
    },
    onDataChanged: (changes) => void reload(key, changes),
    staffId: () => useUser.getState().staffId ?? undefined,
    // The engine stops sending; the settings ask for the school's passphrase (moveToRenewedKey).
    onKeyRenewedElsewhere: () => void stopEngine(),
    // A pupil removed on another tablet while a melding, zaak or incident written here (and not yet
    // sent) names them stays.
    stillNamed: async (table, id, unsent) => {
      const data = useSchool.getState().data;
      if (table !== 'pupils' || !data) return false;
      const one = (t: 'meldingen' | 'zaken' | 'incidents', rows: readonly { id: string }[]) =>
        rows.filter((r) => pupilHasRecords({ meldingen: [], zaken: [], incidents: [], [t]: [r] } as never, id)).map((r) => ({ t, id: r.id }));
      const candidates = [...one('meldingen', data.meldingen), ...one('zaken', data.zaken), ...one('incidents', data.incidents)];
      for (const c of candidates) if (await unsent(c.t, c.id)) return true;
      return false;
    },
  };
}

let reloading: Promise<void> = Promise.resolve();

/**
 * Another tablet's records arrived: this tab takes in those rows (or reads its scope again); other
 * tabs read again. One arrival after another: two decrypted side by side could land out of order,
 * and an older version of a zaak would then stay on screen over the newer one until the next change.
 */
function reload(key: DataKey, changes: Map<SyncedTable, string[] | null>): Promise<void> {
  reloading = reloading.catch(() => undefined).then(async () => {
    announceChange(changes.has('keySlots') ? 'sync-keySlots' : 'sync');
    const stillUnlocked = () => useLock.getState().key === key;
    if (!stillUnlocked() || (await applyArrivedRows(key, changes, stillUnlocked))) return;
    await readAgain(() => loadSchoolData(key, { scope: heldScope() }), stillUnlocked);
  });
  return reloading;
}

let releaseSyncLock: (() => void) | null = null;

/** The Web Locks API's lock "kring-sync", held while this tab's engine runs; where there is none, every tab syncs. */
function holdSyncLock(): Promise<boolean> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return Promise.resolve(true);
  if (releaseSyncLock) return Promise.resolve(true);
  return new Promise((resolve) => {
    void locks.request('kring-sync', { ifAvailable: true }, (lock) => {
      if (!lock) return resolve(false);
      resolve(true);
      return new Promise<void>((release) => (releaseSyncLock = release));
    });
  });
}

async function stopEngine(): Promise<void> {
  const current = engine;
  engine = null;
  engineKey = null;
  const release = releaseSyncLock;
  releaseSyncLock = null;
  try {
    await current?.stop();
  } finally {
    release?.();
  }
}

/** At the lock: the engine stops and forgets the key; what waits is sent after the next unlock. */
export async function stopSync(): Promise<void> {
  await chain(stopEngine);
  useSync.setState({ status: null, server: null });
}

export function testServer(details: ServerDetails): Promise<ServerAnswer> {
  return checkServer(details, origin());
}

/** The Dutch sentence for a server answer that is not "ok". */
export function answerText(answer: ServerAnswer): string | null {
  return answer.kind === 'ok' ? null : serverAnswerText[answer.kind];
}

/**
 * Turns sync on for this tablet's school: the server must answer, and hold nothing or this school
 * (another school's data, or one sealed under another key, is never mixed in).
 */
export async function turnOnSync(key: DataKey, details: ServerDetails): Promise<void> {
  const answer = await testServer(details);
  if (answer.kind !== 'ok') throw new KringError(serverAnswerText[answer.kind]);
  const { schoolOnServer, pullFromServer } = await replicaModule();
  const onServer = await schoolOnServer(key, details, origin());
  if (onServer === 'other')
    throw new KringError('In deze database staat een andere school (of gegevens met een andere sleutel). Kies een lege database, of koppel een lege tablet aan die school.');
  // The school is there already (sync turned on again): what the server holds comes first, so the
  // rows both have are recognised as the same and not sent again.
  if (onServer === 'ours') await pullFromServer(clean(details), origin(), () => undefined);
  const config: SyncConfig = { id: 'sync', ...clean(details), enabled: true };
  await writeSyncConfig(key, config);
  useSync.setState({ server: shown(config) });
  await runEngine(key, config, true);
}

export async function turnOffSync(key: DataKey): Promise<void> {
  const config = await readSyncConfig(key);
  await stopSync();
  const { forgetReplica } = await replicaModule();
  await forgetReplica();
  if (config) await writeSyncConfig(key, { ...config, enabled: false });
  useSync.setState({ server: config ? shown({ ...config, enabled: false }) : null });
}

/**
 * A person chooses which version stands. The choice is written first (who, when, the version kept and
 * those not kept, in words), so what was not chosen stays readable in the history; then the engine
 * keeps the chosen version on every tablet.
 */
export async function chooseVersion(conflict: SyncConflict, rev: string, data: SchoolData): Promise<void> {
  const key = useLock.getState().key;
  if (!engine || !key) throw new KringError('Synchronisatie loopt niet op deze tablet. Er is niets gekozen.');
  const kept = conflict.versions.find((v) => v.rev === rev);
  if (!kept) throw new KringError('Deze versie is er niet meer (al gekozen op een andere tablet?). Er is niets gewijzigd.');
  const { differences } = await import('./conflict-lines');
  const versionOf = (v: SyncConflict['versions'][number]) => ({
    ...(v.by?.tablet ? { tablet: v.by.tablet } : {}),
    ...(v.by?.staffId ? { staffId: v.by.staffId } : {}),
    lines: differences(conflict, v.record as Record<string, unknown>, data).map((l) => l.slice(0, 400)).slice(0, 60),
  });
  const by = useUser.getState().staffId;
  await versionChoiceStore.put(key, {
    id: crypto.randomUUID(),
    at: clock.now().toISOString(),
    ...(by ? { by } : {}),
    subject: choiceSubject(conflict.table, conflict.id),
    what: what(conflict, data),
    kept: versionOf(kept),
    notKept: conflict.versions.filter((v) => v.rev !== rev).map(versionOf),
  });
  await engine.choose(conflict.docId, rev);
}

/** Sync now: the network came back, or someone tapped "Nu synchroniseren". */
export function nudgeSync(): void {
  engine?.nudge();
}

function clean(details: ServerDetails): ServerDetails {
  return { server: details.server.trim(), database: details.database.trim(), username: details.username.trim(), password: details.password };
}

/**
 * A new tablet joins its school: the server's documents come down (ciphertext), the passphrase opens
 * the school's key, every record is written into this tablet's store, and Kring opens. A wrong
 * passphrase leaves the tablet as it was: new, with nothing of the school.
 */
export async function joinSchool(details: ServerDetails, passphrase: string, onProgress: (documents: number) => void): Promise<void> {
  const answer = await testServer(details);
  if (answer.kind !== 'ok') throw new KringError(serverAnswerText[answer.kind]);
  if (answer.documents === 0) throw new KringError('In deze database staat nog geen school. Zet eerst synchronisatie aan op een tablet waarop de school al staat.');
  const { pullFromServer, forgetJoining } = await replicaModule();
  await pullFromServer(clean(details), origin(), onProgress);
  let opened;
  try {
    opened = await unlockVault(passphrase, 'passphrase');
  } catch (error) {
    await forgetJoining();
    if (error instanceof WrongKeyError) throw new KringError('Met dit wachtwoord gaat de school op de server niet open. Gebruik het wachtwoord van de school of uw eigen wachtwoord. Er is niets op deze tablet gezet.');
    throw error;
  }
  const config: SyncConfig = { id: 'sync', ...clean(details), enabled: true };
  await writeSyncConfig(opened.key, config);
  useSync.setState({ server: shown(config) });
  // Every record is ingested before Kring opens: the home must not show an empty school.
  await runEngine(opened.key, config);
  await openWithKey(opened, 'passphrase');
}

/**
 * The key was renewed on another tablet: with the school's passphrase as it is now, this tablet moves
 * every record (its own changes included) to the new key, and syncs again under it.
 */
export async function moveToRenewedKey(passphrase: string): Promise<void> {
  const oldKey = useLock.getState().key;
  if (!oldKey) throw new KringError('Kring is vergrendeld.');
  await chain(stopEngine);
  const { moveToRenewedKey: move } = await import('../../data/sync/renewed-key');
  let newKey: DataKey;
  try {
    newKey = await move(oldKey, passphrase, clock.now());
  } catch (error) {
    if (error instanceof WrongKeyError) throw new KringError('Dit wachtwoord opent de vernieuwde sleutel niet. Gebruik het wachtwoord van de school zoals het nu is.');
    throw error;
  }
  const data = await loadSchoolData(newKey, { atUnlock: true, scope: workingSet() });
  enterUnlocked(newKey, data);
  await startSyncIfOn(newKey);
}
