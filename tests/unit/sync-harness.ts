import memoryAdapter from 'pouchdb-adapter-memory';
import { vi } from 'vitest';
import type { DataKey } from '../../src/data/crypto/cipher';
import { database } from '../../src/data/connection';
import { newDraftIdKey } from '../../src/data/draft-ids';
import { schoolStore } from '../../src/data/stores';
import PouchDB from '../../src/data/sync/pouchdb';
import { schoolIdKey } from '../../src/data/sync/replica';
import { decodeDoc, docIdFor, encodeDoc, type OpenedDoc, type StoredRow, type SyncDoc } from '../../src/data/sync/sync-docs';
import { startSync, type SyncEngine, type SyncStatus } from '../../src/data/sync/sync-engine';
import type { SyncedTable } from '../../src/data/sync/changed-rows';
import { versionHash, type Lineage } from '../../src/data/sync/sync-lineage';
import { createVault } from '../../src/data/vault';
import { TEST_ITERATIONS } from './test-db';

/**
 * One tablet syncing with a server that misbehaves, in Node: the tablet is Kring's real sync engine
 * over its Dexie store (fake-indexeddb); its replica and the "server" are in-memory PouchDB databases,
 * so the server can do what a hostile CouchDB can (tombstones, old bodies as new revisions, leaves
 * written with new_edits:false, junk documents). A second tablet of the school is played by sealing
 * versions with the school's key and writing them to the server, as a tablet's replication would.
 */

PouchDB.plugin(memoryAdapter);
export const memoryDb = (name: string) => new PouchDB(`${name}-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' });

async function httpServerDb() {
  const name = `t${Math.random().toString(36).slice(2)}`;
  const admin = { username: 'beheer', password: 'beheer-wachtwoord' };
  const db = new PouchDB(`${process.env.KRING_TEST_SERVER}/${name}`, { auth: admin } as never);
  await db.info();
  return db;
}

export const NOW = new Date('2026-12-07T09:00:00Z');

export interface Tablet {
  key: DataKey;
  engine: SyncEngine;
  server: PouchDB.Database;
  replica: PouchDB.Database;
  status: () => SyncStatus;
  docId: (table: SyncedTable, id: string) => Promise<string>;
  /** What the server holds now for a record, opened (its winning version), or null when deleted. */
  onServer: (table: SyncedTable, id: string) => Promise<(OpenedDoc & { rev: string }) | null>;
  /** Writes as the school's other tablet would: the next version after `after`, sealed with the key. */
  peerWrites: (table: SyncedTable, row: StoredRow, lineage: Lineage, parentRev?: string) => Promise<string>;
  settled: () => Promise<void>;
}

export async function schoolTablet(): Promise<Tablet> {
  const { key, school } = await createVault({ schoolName: 'De Linde', passphrase: 'onze zwaluw vliegt laag', isDemo: false, now: NOW, iterations: TEST_ITERATIONS });
  await schoolStore.put(key, { ...school, draftIdKey: newDraftIdKey() });
  const server = process.env.KRING_TEST_SERVER ? await httpServerDb() : memoryDb('server');
  const replica = memoryDb('replica');
  let status: SyncStatus | null = null;
  const engine = await startSync({
    key,
    details: { url: 'memory', database: 'memory', username: '', password: '' } as never,
    origin: 'http://127.0.0.1',
    local: replica,
    remote: server,
    now: () => NOW,
    onStatus: (s) => (status = s),
    onDataChanged: () => undefined,
    onKeyRenewedElsewhere: () => undefined,
    // An incident here names this pupil.
    stillNamed: async (table, id) => table === 'pupils' && id === 'p-named',
  });
  const hmac = await schoolIdKey(key);
  const docId = (table: SyncedTable, id: string) => docIdFor(hmac, table, id);
  const tablet: Tablet = {
    key,
    engine,
    server,
    replica,
    status: () => status!,
    docId,
    async onServer(table, id) {
      try {
        const doc = (await server.get(await docId(table, id))) as unknown as SyncDoc;
        return { rev: doc._rev!, ...(await decodeDoc(key, doc)) };
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
    async peerWrites(table, row, lineage, parentRev) {
      const id = await docId(table, row.id);
      const doc = await encodeDoc(key, id, table, row, lineage);
      if (!parentRev) return (await server.put(doc as never)).rev;
      // A leaf beside whatever the server holds, as a tablet's replication writes one.
      const hash = (await versionHash(doc.blob)).slice(0, 32);
      const start = Number(parentRev.split('-')[0]) + 1;
      await server.bulkDocs([{ ...doc, _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, parentRev.split('-')[1]] } } as never], { new_edits: false });
      return `${start}-${hash}`;
    },
    async settled() {
      await engine.flush();
      engine.nudge();
      // Settled: nothing waits, the server and the replica hold the same winning revisions, and that
      // picture (with what the tablet reports) stays the same over two looks with the engine idle between.
      let last = '';
      await vi.waitFor(
        async () => {
          await engine.flush();
          const s = status;
          if (!s || s.pending > 0 || s.state === 'connecting') throw new Error('still syncing');
          const [a, b] = await Promise.all([server.allDocs(), replica.allDocs()]);
          const revs = (rows: typeof a.rows) => JSON.stringify(rows.map((r) => [r.id, r.value?.rev]));
          if (revs(a.rows) !== revs(b.rows)) throw new Error('not in step');
          const now = `${revs(a.rows)}|${s.guarded?.length}|${s.setAside?.length}|${s.conflicts.length}|${JSON.stringify(s.witness?.tablets)}`;
          if (now !== last) {
            last = now;
            throw new Error('not yet stable');
          }
        },
        { timeout: 30000, interval: 30 },
      );
    },
  };
  return tablet;
}

export const rowOf = async (table: SyncedTable, id: string) => (await database().table(table).get(id)) as StoredRow | undefined;
