import type PouchDB from './pouchdb';
import type { DataKey } from '../crypto/cipher';
import { withDatabase } from '../connection';
import type { SyncedTable } from './changed-rows';
import type { GuardLedger } from './guard-ledger';
import type { OpenedDoc, StoredRow, SyncDoc } from './sync-docs';
import { rowKey, type SyncRow } from './sync-rows';
import type { Held, Lineage, VersionAuthor } from './sync-lineage';
import type { Tablet } from './tablet';
import type { EngineOptions, SyncConflict, SyncStatus } from './sync-types';

/**
 * What the engine's parts share: the key and the two databases, what waits for the server, what is
 * set aside, the open conflicts, and the steps each part offers the others (sending, receiving,
 * settling call one another: a rival found while sending is settled; a settled version is sent).
 */
export interface EngineContext {
  key: DataKey;
  now: () => Date;
  options: EngineOptions;
  local: PouchDB.Database;
  remote: PouchDB.Database;
  ledger: GuardLedger;
  /** The school's key for document ids (read when first needed: a joining tablet has no school yet). */
  idKey: () => Promise<CryptoKey>;
  /** Documents written here that the server has not yet confirmed. */
  pending: Set<string>;
  savePending: () => Promise<void>;
  /** Documents sealed under a key this tablet does not have (a renewal elsewhere, or no key of this school). */
  unreadable: Set<string>;
  /** Conflicts waiting for a person's choice. */
  conflicts: Map<string, SyncConflict>;
  status: SyncStatus;
  stopped: () => boolean;
  report: () => void;
  setMeta: (name: string, value: string) => Promise<unknown>;
  /** Rows changed because of another tablet: screens read them again (gathered for a moment). */
  dataChanged: (table: SyncedTable, ids: readonly string[] | null) => void;
  /** This tablet among the school's (tablet.ts), read once at start. */
  tablet: Tablet;
  /** Who writes now: this tablet, and the colleague using it (sealed into each version). */
  author: () => VersionAuthor;
  steps: EngineSteps;
}

/** The steps of sending (sync-send.ts), receiving (sync-receive.ts) and settling (sync-settle.ts). */
export interface EngineSteps {
  pushRows(table: SyncedTable, ids: readonly string[] | null): Promise<void>;
  pushRow(table: SyncedTable, id: string, row: StoredRow | undefined, state: SyncRow | undefined, force?: boolean): Promise<void>;
  sealNext(docId: string, table: SyncedTable, row: StoredRow, state: Held | undefined, joined?: readonly OpenedDoc[], repeats?: string): Promise<{ doc: Omit<SyncDoc, '_rev'>; version: Lineage & { hash: string } }>;
  sendHeldAgain(overRev: string | undefined, state: SyncRow, arrived: OpenedDoc | null, overrule?: boolean): Promise<void>;
  ingest(docId: string): Promise<void>;
  ingestMany(docIds: readonly string[]): Promise<void>;
  writeOpened(docId: string, rev: string, opened: OpenedDoc): Promise<void>;
  unreadableArrived(doc: SyncDoc): Promise<void>;
  saveUnreadable(): Promise<void>;
  settleConflict(doc: SyncDoc, state: SyncRow | undefined): Promise<void>;
  keep(docId: string, rev: string, joined?: readonly OpenedDoc[]): Promise<void>;
  versionsOf(doc: SyncDoc): Promise<(OpenedDoc & { rev: string })[] | 'renewed'>;
}

/** The mark of a row that was removed: matches no row, so a row written again is sent. */
export const REMOVED_MARK = '~removed';

/** Rows per bulk write to the replica or to Dexie: large enough to be quick, small enough to keep the page responsive. */
export const BULK = 500;

/** What is recorded of a version once it is exchanged: its revision, the row's mark and its lineage. */
export const exchanged = (docId: string, table: SyncedTable, id: string, rev: string, mark: string, version: Lineage & { hash: string }, removed = false): SyncRow => ({
  docId,
  row: rowKey(table, id),
  rev,
  mark,
  ver: version.v,
  hash: version.hash,
  after: version.after,
  ...(version.of ? { of: version.of } : {}),
  ...(removed ? { removed: true } : {}),
});

/** The table and id of a row named "table/id" in syncRows. */
export function rowOf(state: Pick<SyncRow, 'row'>): { table: SyncedTable; id: string } {
  const [table, ...rest] = state.row.split('/') as [SyncedTable, ...string[]];
  return { table, id: rest.join('/') };
}

export const hasStatus = (error: unknown, status: number) => (error as { status?: number }).status === status;

export const readMeta = async (name: string) => (await withDatabase((db) => db.syncRows.get(name)))?.mark ?? '';
