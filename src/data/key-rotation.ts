import { announceChange } from './change-feed';
import { openBytes, sealBytes, WrongKeyError, type DataKey } from './crypto/cipher';
import { createDataKey, createSlot, openAnySlot, openSlot, PASSPHRASE_ITERATIONS, RECOVERY_ITERATIONS, unwrapWithKey, wrapWithKey, wrappableFromAny, type KeySlot } from './crypto/key-slots';
import { generateRecoveryKey, normalizeRecoveryKey } from './crypto/recovery-key';
import { withDatabase } from './connection';
import type { KringDb, SealedRow } from './db';
import { KringError, messages } from './errors';
import { boundContext, legacyContext } from './row-context';
import { tablesWhere } from './tables';

/**
 * Rotating the data key: every record, draft and photo re-encrypted under a new key, and the slots
 * that stay wrapped around the new key. What lingers on disk afterwards (deleted rows, a revoked
 * slot, a record from before a retention run) is ciphertext under a key that no longer exists.
 *
 * The school's passphrase (unchanged or new) and a new recovery key get slots of the new key; an old
 * recovery key and colleagues' own passphrases stop working (their secrets are not here to re-wrap
 * the new key with; they are given again).
 *
 * Resumable, and never a record readable by neither key: the new slots are written beside the old
 * ones (ids "next:…"), with a rotation record holding each key wrapped by the other, so any secret
 * that opens either key gives both. Rows are rewritten one by one (a row already under the new key
 * is skipped); only when all are, one transaction drops the old slots and the rotation record.
 */

const NEXT = 'next:';
const ROTATION_ID = 'rotation';

/** The tables whose rows are sealed with the data key, each row bound to `kring:<table>:<id>`. */
const SEALED_TABLES = tablesWhere('sealed');

/** Kept among the key slots while a rotation runs; holds no secret-derived key, only each data key wrapped by the other. */
interface RotationRecord extends KeySlot {
  kind: 'rotation';
  oldByNew: Uint8Array;
  newByOld: Uint8Array;
}

const isRotation = (slot: KeySlot): slot is RotationRecord => slot.id === ROTATION_ID;

export async function rotationPending(): Promise<boolean> {
  return (await withDatabase((db) => db.keySlots.get(ROTATION_ID))) !== undefined;
}

export interface StartedRotation {
  /** Shown once, like at setup: the old one stops working when the rotation ends. */
  recoveryKey: string;
  /** Colleagues whose own passphrase stops working. */
  droppedStaffIds: string[];
  oldKey: DataKey;
  newKey: DataKey;
}

/**
 * Starts a rotation: `schoolPassphrase` must open the school's own slot (the one every colleague
 * knows); `newPassphrase` replaces it, or it stays the same. Writes the new slots and the rotation
 * record in one transaction; nothing is re-encrypted yet.
 */
export async function beginRotation(schoolPassphrase: string, newPassphrase: string | null, now: Date, iterations = PASSPHRASE_ITERATIONS, recoveryKey = generateRecoveryKey()): Promise<StartedRotation> {
  const slots = await withDatabase((db) => db.keySlots.toArray());
  if (slots.some(isRotation)) throw new KringError(messages.rotationRunning);
  const school = slots.filter((s) => s.id === 'passphrase-school');
  const oldWrappable = await wrappableFromAny(school, schoolPassphrase).catch((error: unknown) => {
    throw error instanceof WrongKeyError ? new KringError(messages.notSchoolPassphrase) : error;
  });
  // The old key is only read and wrapped from here on, and forgotten when the rotation ends.
  const oldKey = oldWrappable;
  const { key: newKey, wrappable: newWrappable } = await createDataKey();
  const createdAt = now.toISOString();
  const [nextSchoolSlot, nextRecovery, oldByNew, newByOld] = await Promise.all([
    createSlot(newWrappable, newPassphrase ?? schoolPassphrase, { id: `${NEXT}passphrase-school`, contextId: 'passphrase-school', kind: 'passphrase', label: 'Wachtwoord van de school', iterations, createdAt }),
    createSlot(newWrappable, normalizeRecoveryKey(recoveryKey), { id: `${NEXT}recovery`, contextId: 'recovery', kind: 'recovery', label: 'Herstelsleutel', iterations: Math.min(iterations, RECOVERY_ITERATIONS), createdAt }),
    wrapWithKey(oldWrappable, newKey, 'kring:rotation:old'),
    wrapWithKey(newWrappable, oldKey, 'kring:rotation:new'),
  ]);
  // Kept or new, the passphrase was typed by whoever renews: never the demo's public one in print.
  const nextSchool = { ...nextSchoolSlot, publicDemo: false };
  const record: RotationRecord = { id: ROTATION_ID, kind: 'rotation', label: 'Sleutel wordt vernieuwd', salt: new Uint8Array(), iterations: 0, wrapped: new Uint8Array(), createdAt, oldByNew, newByOld };
  await withDatabase((db) => db.transaction('rw', db.keySlots, () => db.keySlots.bulkPut([nextSchool, nextRecovery, record])));
  // Other tabs lock: nothing may be written with the old key once its rows are being rewritten.
  announceChange('keySlots');
  return { recoveryKey, droppedStaffIds: slots.flatMap((s) => (s.staffId ? [s.staffId] : [])), oldKey, newKey };
}

/** Whether this is the school's own passphrase (the one a renewal asks for), without changing anything. */
export async function isSchoolPassphrase(passphrase: string): Promise<boolean> {
  const school = await withDatabase((db) => db.keySlots.where('id').equals('passphrase-school').toArray());
  try {
    await openSlot(school[0]!, passphrase);
    return true;
  } catch (error) {
    if (error instanceof WrongKeyError) return false;
    throw error;
  }
}

/** Both keys of a pending rotation, from whichever one a secret opened. */
export async function rotationKeys(opened: DataKey): Promise<{ oldKey: DataKey; newKey: DataKey }> {
  const record = await withDatabase((db) => db.keySlots.get(ROTATION_ID));
  if (!record || !isRotation(record)) throw new KringError(messages.noRotation);
  try {
    return { oldKey: opened, newKey: await unwrapWithKey(record.newByOld, opened, 'kring:rotation:new') };
  } catch (error) {
    if (!(error instanceof WrongKeyError)) throw error;
    return { oldKey: await unwrapWithKey(record.oldByNew, opened, 'kring:rotation:old'), newKey: opened };
  }
}

/** Rewrites every sealed row under the new key; rows already under it are left. Reports rows done of all. */
export async function reencryptAll(oldKey: DataKey, newKey: DataKey, onProgress?: (done: number, total: number) => void): Promise<void> {
  const tables = await withDatabase((db) => Promise.all(SEALED_TABLES.map(async (name) => ({ name, rows: await tableOf(db, name).toArray() }))));
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  let done = 0;
  for (const { name, rows } of tables) {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = await Promise.all(rows.slice(i, i + BATCH).map((row) => resealed(row, name, oldKey, newKey)));
      const changed = batch.filter((row): row is SealedRow => row !== null);
      if (changed.length > 0) await withDatabase((db) => tableOf(db, name).bulkPut(changed));
      done += batch.length;
      onProgress?.(done, total);
    }
  }
}

const BATCH = 100;

function tableOf(db: KringDb, name: (typeof SEALED_TABLES)[number]) {
  return db.table<SealedRow, string>(name);
}

/**
 * The row under the new key (bound to its clear fields, whatever it was bound to before), or null
 * when it is already. A row that opens under neither key is left as it is: damaged before, it is
 * reported at unlock like any other, and the rotation does not stop for it.
 */
async function resealed(row: SealedRow, table: (typeof SEALED_TABLES)[number], oldKey: DataKey, newKey: DataKey): Promise<SealedRow | null> {
  const bound = boundContext(table, row);
  if (await opens(newKey, row.sealed, bound)) return null;
  const context = (await opens(oldKey, row.sealed, bound)) ? bound : (await opens(oldKey, row.sealed, legacyContext(table, row.id))) ? legacyContext(table, row.id) : null;
  if (!context) return null;
  const plain = await openBytes(oldKey, row.sealed, context);
  try {
    return { ...row, sealed: await sealBytes(newKey, plain, bound) };
  } finally {
    plain.fill(0);
  }
}

async function opens(key: DataKey, sealed: Uint8Array, context: string): Promise<boolean> {
  try {
    (await openBytes(key, sealed, context)).fill(0);
    return true;
  } catch (error) {
    if (error instanceof WrongKeyError) return false;
    throw error;
  }
}

/**
 * Another tablet of the school renewed the key (sync): this tablet, still open under the old key,
 * moves over. `newSlots` are the renewed key's slots as they arrived; `passphrase` (the school's, as it
 * is now) opens one. The same steps as a renewal begun here, with the new slots beside the old and the
 * new key wrapped by the old, so an interruption is finished at the next unlock with the old secret;
 * this tablet's own slots stay the old ones until every row is moved. Returns the new key.
 */
export async function adoptRenewedKey(
  oldKey: DataKey,
  newSlots: readonly KeySlot[],
  passphrase: string,
  now: Date,
  onProgress?: (done: number, total: number) => void,
  confirm: (newKey: DataKey) => Promise<void> = async () => undefined,
): Promise<DataKey> {
  if (await rotationPending()) throw new KringError(messages.rotationRunning);
  // The first slot the passphrase opens whose key is confirmed (renewal-notice.ts): a replayed old
  // slot that the same passphrase opens is passed over, and nothing is written until one is found.
  let chosen: { slot: KeySlot; key: DataKey } | null = null;
  let refused: unknown = null;
  for (const slot of newSlots.filter((s) => s.kind === 'passphrase')) {
    try {
      const { key } = await openAnySlot([slot], passphrase);
      await confirm(key);
      chosen = { slot, key };
      break;
    } catch (error) {
      refused ??= error;
      if (!(error instanceof WrongKeyError)) refused = error;
    }
  }
  if (!chosen) throw refused ?? new WrongKeyError();
  const newKey = chosen.key;
  const newWrappable = await wrappableFromAny([chosen.slot], passphrase);
  const newByOld = await wrapWithKey(newWrappable, oldKey, 'kring:rotation:new');
  const next = newSlots.map((s) => ({ ...s, id: `${NEXT}${s.id}`, contextId: s.contextId ?? s.id }));
  // The old key is not exportable here, so it cannot be wrapped by the new: resuming needs the old key.
  const record: RotationRecord = { id: ROTATION_ID, kind: 'rotation', label: 'Sleutel van een andere tablet overnemen', salt: new Uint8Array(), iterations: 0, wrapped: new Uint8Array(), createdAt: now.toISOString(), oldByNew: new Uint8Array(), newByOld };
  await withDatabase((db) => db.transaction('rw', db.keySlots, () => db.keySlots.bulkPut([...next, record])));
  announceChange('keySlots');
  await reencryptAll(oldKey, newKey, onProgress);
  await finishRotation();
  return newKey;
}

/** Ends the rotation: the old slots and the rotation record go, the new slots take their place. */
export async function finishRotation(): Promise<void> {
  await withDatabase((db) =>
    db.transaction('rw', db.keySlots, async () => {
      const slots = await db.keySlots.toArray();
      const next = slots.filter((s) => s.id.startsWith(NEXT));
      if (next.length === 0) throw new KringError(messages.noRotation);
      await db.keySlots.bulkDelete(slots.map((s) => s.id));
      await db.keySlots.bulkPut(next.map((s) => ({ ...s, id: s.id.slice(NEXT.length) })));
    }),
  );
  announceChange('keySlots');
}
