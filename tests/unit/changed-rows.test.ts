import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDatabaseName, withDatabase } from '../../src/data/connection';
import { onRowsChanged, type RowChange } from '../../src/data/sync/changed-rows';

/** The sync engine learns of every committed write to a synced table, and of nothing else. */
describe('changed rows', () => {
  afterEach(() => onRowsChanged(null));

  it('tells the ids of committed writes to synced tables, after the commit; not drafts, not rolled-back writes', async () => {
    useDatabaseName(`changed-rows-${Math.random()}`);
    const told: RowChange[] = [];
    onRowsChanged((change) => told.push(change));
    await withDatabase((db) => db.meldingen.put({ id: 'm1', sealed: new Uint8Array([1]) }));
    await withDatabase((db) => db.transaction('rw', db.pupils, db.drafts, async () => {
      await db.pupils.bulkPut([{ id: 'p1', sealed: new Uint8Array([1]) }, { id: 'p2', sealed: new Uint8Array([2]) }]);
      await db.drafts.put({ id: 'd1', sealed: new Uint8Array([1]) });
    }));
    await withDatabase((db) => db.transaction('rw', db.zaken, async () => {
      await db.zaken.put({ id: 'z1', sealed: new Uint8Array([1]) });
      throw new Error('rolled back');
    })).catch(() => undefined);
    await withDatabase((db) => db.pupils.delete('p2'));
    await withDatabase((db) => db.incidents.clear());
    await vi.waitFor(() => expect(told).toHaveLength(4));
    expect(told).toEqual([
      { table: 'meldingen', ids: ['m1'] },
      { table: 'pupils', ids: ['p1', 'p2'] },
      { table: 'pupils', ids: ['p2'] },
      { table: 'incidents', ids: null },
    ]);
  });
});
