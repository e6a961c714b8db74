import { describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { SYNCED_TABLES } from '../../src/data/sync/changed-rows';
import { TABLES, tablesWhere } from '../../src/data/tables';
import { CLEAR_FIELDS } from '../../src/data/row-context';
import { recordTables } from '../../src/domain/transfer/archive';
import { TABLES as SCOPED } from '../../src/data/school-scope';
import { freshDatabase } from './test-db';

/** One table registry, checked against the database itself: no table can be left off a list unnoticed. */
describe('the table registry', () => {
  it('names every table of the database, and nothing else', () => {
    freshDatabase();
    expect(database().tables.map((t) => t.name).sort()).toEqual(Object.keys(TABLES).sort());
  });

  it('gives sync and the key renewal their lists: every sealed table is bound, every record of a transfer file travels', () => {
    expect(SYNCED_TABLES).toEqual(tablesWhere('synced'));
    // Key slots go first: a tablet joining needs them before anything opens.
    expect(SYNCED_TABLES[0]).toBe('keySlots');
    for (const table of tablesWhere('sealed')) expect(Object.keys(CLEAR_FIELDS)).toContain(table);
    for (const table of recordTables) expect(tablesWhere('synced')).toContain(table);
    for (const table of recordTables) expect(tablesWhere('sealed')).toContain(table);
    // The transfer file's record types (in the domain, which reads no data layer) are the registry's exported ones.
    expect([...recordTables].sort()).toEqual([...tablesWhere('exported')].sort());
    expect(SCOPED).toEqual(tablesWhere('scoped'));
  });
});
