import { recordTables, type Records } from '../../domain/transfer/archive';
import { resolvedWrites, type MergePlan } from '../../domain/transfer/merge';
import { announceChange } from '../change-feed';
import type { DataKey } from '../crypto/cipher';
import { withDatabase } from '../connection';
import type { SealedRow } from '../db';
import type { School } from '../../domain/school';
import { recordStores, schoolStore } from '../stores';

/** Applies a merge plan with the user's choices, and the school's adopted settings: one transaction, or nothing. */
export async function applyImport(key: DataKey, plan: MergePlan, choices: Record<string, 'local' | 'incoming'>, school?: School): Promise<number> {
  const writes = resolvedWrites(plan, choices);
  const rows = await Promise.all(writes.map(async (w) => ({ table: w.table, row: await recordStores[w.table].seal(key, w.record) })));
  const schoolRow = school ? await schoolStore.seal(key, school) : null;
  await withDatabase((db) =>
    db.transaction('rw', [db.groups, db.pupils, db.staff, db.meldingen, db.zaken, db.incidents, db.prevention, db.school], async () => {
      for (const table of recordTables) {
        const forTable: SealedRow[] = rows.filter((r) => r.table === table).map((r) => r.row);
        if (forTable.length) await db.table(table).bulkPut(forTable);
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
