import { recordTables, type Records } from '../../domain/transfer/archive';
import { resolvedWrites, type MergePlan } from '../../domain/transfer/merge';
import { announceChange } from '../change-feed';
import type { DataKey } from '../crypto/cipher';
import { CHUNK, inChunks } from '../chunks';
import { withDatabase } from '../connection';
import type { SealedRow } from '../db';
import type { School } from '../../domain/school';
import { recordStores, schoolStore } from '../stores';

/**
 * Applies a merge plan with the user's choices, and the school's adopted settings: one transaction,
 * or nothing. Records are sealed in chunks first (with `onProgress`), then written in one go.
 */
export async function applyImport(
  key: DataKey,
  plan: MergePlan,
  choices: Record<string, 'local' | 'incoming'>,
  school?: School,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const writes = resolvedWrites(plan, choices);
  const sealed = await inChunks(
    writes,
    (chunk) => Promise.all(chunk.map(async (w) => ({ table: w.table, row: await recordStores[w.table].seal(key, w.record) }))),
    (done) => onProgress?.(done, writes.length),
  );
  const rows: { table: string; row: SealedRow }[] = sealed.flat();
  const schoolRow = school ? await schoolStore.seal(key, school) : null;
  await withDatabase((db) =>
    db.transaction('rw', [db.groups, db.pupils, db.staff, db.meldingen, db.zaken, db.incidents, db.prevention, db.school], async () => {
      for (const table of recordTables) {
        const forTable: SealedRow[] = rows.filter((r) => r.table === table).map((r) => r.row);
        for (let at = 0; at < forTable.length; at += CHUNK) await db.table(table).bulkPut(forTable.slice(at, at + CHUNK));
      }
      if (schoolRow) await db.school.put(schoolRow);
    }),
  );
  announceChange('import');
  return writes.length;
}

export function recordsOf(data: Records): Records {
  return {
    groups: data.groups,
    pupils: data.pupils,
    staff: data.staff,
    meldingen: data.meldingen,
    zaken: data.zaken,
    incidents: data.incidents,
    prevention: data.prevention ?? [],
  };
}
