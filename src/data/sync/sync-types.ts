import type PouchDB from './pouchdb';
import type { RecordTable } from '../../domain/transfer/archive';
import type { AnyRecord } from '../../domain/transfer/merge';
import type { DataKey } from '../crypto/cipher';
import type { SyncedTable } from './changed-rows';
import type { Guarded, SetAside } from './guard-ledger';
import type { ServerDetails } from './server-check';
import type { WitnessReport } from './witness';
import type { VersionAuthor } from './sync-lineage';

/** What the sync engine tells the app and what the app gives it; the engine's parts share sync-context.ts. */

export type SyncProblem = 'unreachable' | 'wrong-account' | 'no-rights' | 'server-full' | 'server-error' | 'key-renewed' | 'could-not-start';

export interface SyncStatus {
  /** connecting: started, nothing heard yet; synced: nothing waits; waiting: changes wait for the server. */
  state: 'connecting' | 'synced' | 'waiting';
  lastSyncedAt: string | null;
  pending: number;
  problem: SyncProblem | null;
  conflicts: SyncConflict[];
  /** Documents from the server that could not be read, each left out on its own; never "synced" while any is. */
  setAside?: SetAside[];
  /** What the server tried and this tablet undid (a removal, an older version), newest first. */
  guarded?: Guarded[];
  /** The school's other tablets as their checkpoints tell (witness.ts): what they hold that never arrived here, who stopped advancing. */
  witness?: WitnessReport;
}

export interface SyncConflict {
  docId: string;
  table: RecordTable | 'school';
  id: string;
  /** Every version still kept, CouchDB's current winner first. */
  /** `here`: the version this tablet had (its own edit, or the last it received). */
  versions: { rev: string; record: AnyRecord; here: boolean; by?: VersionAuthor | undefined }[];
}

export interface SyncEngine {
  stop(): Promise<void>;
  /** Keeps `rev` of a conflicted document and removes every other version. */
  choose(docId: string, rev: string): Promise<void>;
  /** Pushes and ingests once more now (the network came back, or a test asks). */
  nudge(): void;
  /** Resolves once every push and ingest asked for so far is done. */
  flush(): Promise<void>;
}

export interface EngineOptions {
  key: DataKey;
  details: ServerDetails;
  origin: string;
  /** The replica and the server; by default this tablet's replica and the school's CouchDB (tests pass their own). */
  local?: PouchDB.Database;
  remote?: PouchDB.Database;
  now: () => Date;
  onStatus: (status: SyncStatus) => void;
  /** Rows changed in Dexie because of another tablet, per table (null: look at the whole table): screens read them again. */
  onDataChanged: (changes: Map<SyncedTable, string[] | null>) => void;
  /** A document sealed under a key this tablet does not have: the key was renewed on another tablet. */
  onKeyRenewedElsewhere: () => void;
  /**
   * Whether a record this tablet has not yet sent names this one (an incident logged here about a
   * pupil another tablet removed meanwhile, not knowing of it): its removal is then undone, so
   * nothing reads "Onbekende leerling". `unsent` tells whether a row is one of those.
   */
  /** The colleague using the tablet now, sealed into each version with the tablet's name. */
  staffId?: () => string | undefined;
  stillNamed?: (table: SyncedTable, id: string, unsent: (table: SyncedTable, id: string) => Promise<boolean>) => Promise<boolean>;
}
