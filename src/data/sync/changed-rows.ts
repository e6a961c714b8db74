import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { tablesWhere } from '../tables';

/**
 * Which stored rows changed, told after their transaction commits: how the sync engine learns of a
 * save without every save knowing about sync. A Dexie middleware sees every write, whichever module
 * made it (a conversation, a retention run, a key renewal), so none can be forgotten. It carries ids
 * only and costs nothing while sync is off (no listener). A write that names no ids (clearing a
 * table) is told as `ids: null`: "look at the whole table".
 */

/** The tables whose rows travel between the school's tablets (see tables.ts); key slots first. */
export const SYNCED_TABLES = tablesWhere('synced');
export type SyncedTable = (typeof SYNCED_TABLES)[number];
const synced = new Set<string>(SYNCED_TABLES);

export interface RowChange {
  table: SyncedTable;
  ids: string[] | null;
}

type Listener = (change: RowChange) => void;
let listener: Listener | null = null;

/** One listener: the running sync engine, or none. */
export function onRowsChanged(next: Listener | null): void {
  listener = next;
}

function idsOf(request: DBCoreMutateRequest, results: unknown[] | undefined): string[] | null {
  switch (request.type) {
    case 'add':
    case 'put':
      return (results ?? request.values.map((v: { id?: unknown }) => v.id)).map(String);
    case 'delete':
      return request.keys.map(String);
    default:
      return null;
  }
}

export const changedRowsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'kring-changed-rows',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!synced.has(name)) return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            if (listener) {
              const change: RowChange = { table: name as SyncedTable, ids: idsOf(request, response.results) };
              // Told once the transaction is on disk: a write that is rolled back never travels.
              const trans = request.trans as unknown as IDBTransaction;
              trans.addEventListener('complete', () => listener?.(change), { once: true });
            }
            return response;
          },
        };
      },
    };
  },
};
