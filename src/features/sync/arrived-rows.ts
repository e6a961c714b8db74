import type { DataKey } from '../../data/crypto/cipher';
import { openRows } from '../../data/school-scope';
import type { SyncedTable } from '../../data/sync/changed-rows';
import { putRecords, removeRecords, type RecordList } from '../session/school-store';

/**
 * Rows another tablet changed, brought into what this tab holds one by one: a batch of meldingen
 * from the server decrypts those meldingen, not the school. Tables whose change touches more than
 * their own rows (the school's settings, the staff and who uses the tablet, the groups' order, the
 * deletion log) are read again whole by the caller, as is anything that does not open.
 */
const ONE_BY_ONE = { pupils: 'pupils', meldingen: 'meldingen', zaken: 'zaken', incidents: 'incidents', prevention: 'prevention', alertReads: 'alertReads' } as const satisfies Partial<Record<SyncedTable, RecordList>>;
type OneByOne = keyof typeof ONE_BY_ONE;

/** Key slots, photos, the tablets' checkpoints and the choices between versions are not held in memory: a change to them needs nothing here. */
const NOT_HELD = new Set<SyncedTable>(['keySlots', 'photos', 'checkpoints', 'versionChoices']);

/** True when the changes were applied; false when the caller should read its scope again. */
export async function applyArrivedRows(key: DataKey, changes: ReadonlyMap<SyncedTable, readonly string[] | null>, stillUnlocked: () => boolean): Promise<boolean> {
  const tables = [...changes].filter(([table]) => !NOT_HELD.has(table));
  if (!tables.every(([table, ids]) => ids !== null && table in ONE_BY_ONE)) return false;
  const opened = await Promise.all(tables.map(async ([table, ids]) => ({ list: ONE_BY_ONE[table as OneByOne], ...(await openRows(key, table as OneByOne, ids!)) })));
  if (!stillUnlocked()) return true;
  if (opened.some((o) => o.damaged.length > 0)) return false;
  for (const { list, records, gone } of opened) {
    putRecords(list, records as never[]);
    removeRecords(list, gone);
  }
  return true;
}
