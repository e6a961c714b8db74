/**
 * The part of PouchDB's API that Kring uses, typed here: the community typings (@types/pouchdb-*)
 * bring Node's Buffer types along and break the rest of the type check.
 */
declare module 'pouchdb-core' {
  namespace PouchDB {
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      _conflicts?: string[];
      [field: string]: unknown;
    }
    interface Change {
      id: string;
      seq: number | string;
      deleted?: boolean;
    }
    interface ReplicationInfo {
      direction?: 'push' | 'pull';
      change: { docs: Doc[]; docs_written: number };
      docs_written: number;
    }
    interface Replication extends Promise<unknown> {
      on(event: 'change', listener: (info: ReplicationInfo) => void): Replication;
      on(event: 'paused' | 'error' | 'denied' | 'active' | 'complete', listener: (error?: unknown) => void): Replication;
      cancel(): void;
    }
    interface Changes {
      on(event: 'change', listener: (change: Change) => void): Changes;
      on(event: 'error' | 'complete', listener: (error?: unknown) => void): Changes;
      cancel(): void;
    }
    interface Database {
      put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
      get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<Doc & { _rev: string }>;
      remove(id: string, rev: string): Promise<{ ok: boolean; id: string; rev: string }>;
      bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<unknown[]>;
      allDocs(options?: { include_docs?: boolean; conflicts?: boolean; keys?: string[] }): Promise<{ total_rows: number; rows: { id: string; value?: { rev: string; deleted?: boolean }; doc?: Doc; error?: string }[] }>;
      revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
      changes(options: { since?: number | string; live?: boolean; return_docs?: boolean }): Changes;
      sync(remote: Database, options: Record<string, unknown>): Replication;
      replicate: { from(remote: Database, options?: Record<string, unknown>): Replication; to(remote: Database, options?: Record<string, unknown>): Replication };
      info(): Promise<{ doc_count: number; update_seq: number | string }>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBConstructor {
    new (name: string, options?: Record<string, unknown>): PouchDB.Database;
    plugin(plugin: unknown): PouchDBConstructor;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}

/** In-memory databases, for the Node tests that play a misbehaving server (never in the app). */
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
