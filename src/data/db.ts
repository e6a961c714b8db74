import Dexie, { type Table } from 'dexie';
import type { KeySlot } from './crypto/key-slots';

/** A stored row: the clear fields Dexie indexes, and everything else sealed. */
export interface SealedRow {
  id: string;
  sealed: Uint8Array;
  [clearField: string]: unknown;
}

export const DB_NAME = 'kring';

/**
 * Every schema version Kring has released, oldest first. Never edit a released version:
 * add the next one, with an upgrade that says why it exists. tests/fixtures holds a store per version.
 */
export const schemaVersions = [
  {
    version: 1,
    why: 'First release: key slots, school, groups, pupils, staff, meldingen and form drafts.',
    stores: {
      keySlots: 'id, kind',
      school: 'id',
      groups: 'id',
      pupils: 'id, groupId',
      staff: 'id',
      meldingen: 'id, status, createdAt',
      drafts: 'id, updatedAt',
    },
  },
] as const;

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

export type SealedTableName = 'school' | 'groups' | 'pupils' | 'staff' | 'meldingen' | 'drafts';

export class KringDb extends Dexie {
  keySlots!: Table<KeySlot, string>;
  school!: Table<SealedRow, string>;
  groups!: Table<SealedRow, string>;
  pupils!: Table<SealedRow, string>;
  staff!: Table<SealedRow, string>;
  meldingen!: Table<SealedRow, string>;
  drafts!: Table<SealedRow, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a finished conversation must be on disk, not in an OS buffer, when we say "opgeslagen".
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of schemaVersions) this.version(v.version).stores(v.stores);
  }
}
