import { describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { holdingCode } from '../../src/data/sync/holding-code';
import type { SyncRow } from '../../src/data/sync/sync-rows';
import { freshDatabase } from './test-db';

/** The code two colleagues compare: the same for tablets holding the same, different otherwise. */
describe('the code of what a tablet holds', () => {
  const rows: SyncRow[] = [
    { docId: 'b1', row: 'zaken/z1', rev: '3-x', mark: 'm', ver: 3, hash: 'h3' },
    { docId: 'a1', row: 'meldingen/m1', rev: '1-y', mark: 'n', ver: 1, hash: 'h1' },
    { docId: '~seq', row: '~seq', rev: '', mark: '42' },
  ];
  const codeWith = async (list: SyncRow[]) => {
    freshDatabase();
    await database().syncRows.bulkPut(list);
    return holdingCode();
  };

  it('is the same whatever the order and the engine’s own notes, and changes with any version held', async () => {
    const one = await codeWith(rows);
    expect(one.code).toMatch(/^\d{5} \d{5} \d{5} \d{5}$/);
    expect(one.records).toBe(2);
    expect((await codeWith([...rows].reverse().map((r) => (r.docId === '~seq' ? { ...r, mark: '99' } : r)))).code).toBe(one.code);
    expect((await codeWith(rows.map((r) => (r.docId === 'b1' ? { ...r, hash: 'h2' } : r)))).code).not.toBe(one.code);
    expect((await codeWith(rows.filter((r) => r.docId !== 'a1'))).code).not.toBe(one.code);
  });
});
