import Dexie, { type Table, type Transaction } from 'dexie';
import type { KeySlot } from './crypto/key-slots';
import type { SyncRow } from './sync/sync-rows';
import { changedRowsMiddleware } from './sync/changed-rows';
import { DB_NAME } from './db-name';

/** A stored row: the clear fields Dexie indexes, and everything else sealed. */
export interface SealedRow {
  id: string;
  sealed: Uint8Array;
  [clearField: string]: unknown;
}

export { DB_NAME };

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
  {
    version: 2,
    why: 'Drafts carry a revision, so two tabs cannot silently overwrite each other’s input; existing drafts start at revision 1.',
    stores: {},
    upgrade: (tx: Transaction) =>
      tx
        .table('drafts')
        .toCollection()
        .modify((draft: { rev?: number }) => {
          draft.rev ??= 1;
        }),
  },
  {
    version: 3,
    why: 'Zaken: one per bullied child, opened by triage, with the conversations of stap 1–4 and the extra stap.',
    stores: { zaken: 'id, status, updatedAt' },
  },
  {
    version: 4,
    why: 'Pleinincidents from the playground quick log, and photos of blue-mailbox notes (encrypted bytes).',
    stores: { incidents: 'id, occurredAt', photos: 'id, meldingId' },
  },
  {
    version: 5,
    why: 'The prevention year plan: what the school did of section 3 of the protocol, per school year.',
    stores: { prevention: 'id, schoolYear' },
  },
  {
    version: 6,
    why: 'The deletion log of the retention period (AVG): when records were deleted and how many, never whose.',
    stores: { deletionLog: 'id, at' },
  },
  {
    version: 7,
    why: 'A photo no longer names its melding in clear (that marked blue-mailbox meldingen); the melding holds the link, sealed.',
    stores: { photos: 'id' },
    upgrade: (tx: Transaction) =>
      tx
        .table('photos')
        .toCollection()
        .modify((photo: Record<string, unknown>) => {
          delete photo.meldingId;
        }),
  },
  {
    version: 8,
    why: 'Sync between the school’s tablets: which revision of which replicated document each row was last written as (sync/sync-rows.ts), this tablet’s server details, sealed; and who read which alert (“Nieuw voor u”) and when.',
    stores: { syncRows: 'docId, row', syncConfig: 'id', alertReads: 'id' },
  },
  {
    version: 9,
    why: 'Unlocking reads only recent records: an alert read keeps its date readable for an index, as meldingen and incidents do. Reads written before are marked `unbound` (indexed) until the next unlock seals them with the date.',
    stores: { alertReads: 'id, readAt, unbound' },
    upgrade: (tx: Transaction) =>
      tx
        .table('alertReads')
        .toCollection()
        .modify((read: Record<string, unknown>) => {
          if (read.readAt === undefined) read.unbound = 1;
        }),
  },
  {
    version: 10,
    why: 'Checkpoints: each tablet of the school seals what it holds (a count, a code and the version of every record), so the others can see a record the server held back from them, or a tablet that stopped receiving (sync/witness.ts).',
    stores: { checkpoints: 'id' },
  },
  {
    version: 11,
    why: 'Choices between versions written apart on two tablets: who chose, when, and the versions not kept, readable in the history instead of gone. Indexed by the record they are about, so a retention run deletes them with it.',
    stores: { versionChoices: 'id, subject' },
  },
] as const;

/** Every table and index at a version: each version above names only what it changed. */
export function storesAt(version: number): Record<string, string> {
  return Object.assign({}, ...schemaVersions.filter((v) => v.version <= version).map((v) => v.stores));
}

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

export type SealedTableName = 'school' | 'groups' | 'pupils' | 'staff' | 'meldingen' | 'drafts' | 'zaken' | 'incidents' | 'prevention' | 'deletionLog' | 'syncConfig' | 'alertReads' | 'checkpoints' | 'versionChoices';

export class KringDb extends Dexie {
  keySlots!: Table<KeySlot, string>;
  school!: Table<SealedRow, string>;
  groups!: Table<SealedRow, string>;
  pupils!: Table<SealedRow, string>;
  staff!: Table<SealedRow, string>;
  meldingen!: Table<SealedRow, string>;
  drafts!: Table<SealedRow, string>;
  zaken!: Table<SealedRow, string>;
  incidents!: Table<SealedRow, string>;
  photos!: Table<SealedRow, string>;
  prevention!: Table<SealedRow, string>;
  deletionLog!: Table<SealedRow, string>;
  syncRows!: Table<SyncRow, string>;
  syncConfig!: Table<SealedRow, string>;
  alertReads!: Table<SealedRow, string>;
  checkpoints!: Table<SealedRow, string>;
  versionChoices!: Table<SealedRow, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a finished conversation must be on disk, not in an OS buffer, when we say "opgeslagen".
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of schemaVersions) {
      const version = this.version(v.version).stores(v.stores);
      if ('upgrade' in v) version.upgrade(v.upgrade);
    }
    this.use(changedRowsMiddleware);
  }
}
