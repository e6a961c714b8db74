import type { DataKey } from '../crypto/cipher';
import type { KeySlot } from '../crypto/key-slots';
import { withDatabase } from '../connection';
import { KringError } from '../errors';
import { adoptRenewedKey } from '../key-rotation';
import { SYNCED_TABLES } from './changed-rows';
import { localReplica } from './replica';
import { rowMark, slotFromLock, type StoredRow, type SyncDoc } from './sync-docs';
import { META_UNREADABLE, rowKey } from './sync-rows';
import { announcedRenewal, confirmRenewedKey, renewalFollowed } from './renewal-notice';

/**
 * A key renewed on another tablet of the school: its slots arrive as documents this tablet cannot
 * open (they are sealed under the new key), after a notice sealed under the old key that tells of it
 * (renewal-notice.ts). The engine stops and says so; with the school's passphrase as it is now, this
 * tablet moves over to the key the notice confirms (see adoptRenewedKey) and syncs on.
 */

/** The slots of a key renewed on another tablet, as they arrived (their wrapped keys), with their documents. */
export async function renewedKeySlots(): Promise<{ docId: string; slot: KeySlot }[]> {
  const listed = JSON.parse((await withDatabase((db) => db.syncRows.get(META_UNREADABLE)))?.mark || '[]') as string[];
  const found = await localReplica().allDocs({ keys: listed, include_docs: true });
  const now = new Date().toISOString();
  return found.rows.flatMap((r) => {
    const lock = (r.doc as unknown as SyncDoc | undefined)?.lock;
    return lock && lock.kind !== 'rotation' ? [{ docId: r.id, slot: slotFromLock(lock, now) }] : [];
  });
}

/**
 * Moves this tablet to a key renewed on another tablet (see adoptRenewedKey), with the school's
 * passphrase as it is now. Rows that were in step with the server stay in step (their new marks are
 * recorded), so only what was changed here alone is sent again; the new slots are replaced by their
 * full versions at the next start. Returns the new key; sync is then started with it.
 */
export async function moveToRenewedKey(oldKey: DataKey, passphrase: string, now: Date): Promise<DataKey> {
  const notice = await announcedRenewal();
  const arrived = await renewedKeySlots();
  if (!notice || arrived.length === 0) throw new KringError('Er is op deze tablet nog geen vernieuwde sleutel aangekomen. Er is niets gewijzigd.');
  const marks = async () => {
    const all = new Map<string, string>();
    await withDatabase(async (db) => {
      for (const table of SYNCED_TABLES) for (const row of (await db.table(table).toArray()) as StoredRow[]) all.set(rowKey(table, row.id), rowMark(table, row));
    });
    return all;
  };
  const before = await marks();
  const newKey = await adoptRenewedKey(oldKey, arrived.map((a) => a.slot), passphrase, now, undefined, (key) => confirmRenewedKey(notice, key));
  await renewalFollowed(notice);
  const after = await marks();
  await withDatabase((db) =>
    db.transaction('rw', db.syncRows, async () => {
      const states = await db.syncRows.toArray();
      const moved = states.filter((s) => before.has(s.row) && before.get(s.row) === s.mark && after.has(s.row)).map((s) => ({ ...s, mark: after.get(s.row)! }));
      await db.syncRows.bulkPut(moved);
      await db.syncRows.bulkPut(arrived.map((a) => ({ docId: a.docId, row: rowKey('keySlots', a.slot.id), rev: '', mark: rowMark('keySlots', a.slot as unknown as StoredRow) })));
    }),
  );
  return newKey;
}

