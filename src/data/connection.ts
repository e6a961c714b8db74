import { KringDb } from './db';
import { messages } from './errors';

/**
 * The open database, reopened when the browser drops it: WebKit loses the IndexedDB connection
 * after the app sat in the background, and another tab's upgrade closes ours.
 */

type Notice = (message: string) => void;
let current: KringDb | null = null;
// Until the app listens (it loads this module after the first screen), a notice waits for it.
let waiting: string[] = [];
let notify: Notice = (message) => void waiting.push(message);
let dbName: string | undefined;

export function onDatabaseNotice(listener: Notice): void {
  notify = listener;
  for (const message of waiting) listener(message);
  waiting = [];
}

/** Tests open a database of their own name. */
export function useDatabaseName(name: string): void {
  current?.close();
  current = null;
  dbName = name;
}

export function database(): KringDb {
  if (current) return current;
  const db = new KringDb(dbName);
  db.on('versionchange', () => {
    db.close();
    if (current === db) current = null;
    notify(messages.upgradedElsewhere);
    return false;
  });
  db.on('blocked', () => notify(messages.upgradeBlocked));
  current = db;
  return db;
}

function isConnectionLost(error: unknown): boolean {
  const e = error as { name?: string; message?: string; inner?: { name?: string; message?: string } } | null;
  const names = [e?.name, e?.inner?.name];
  const text = `${e?.message ?? ''} ${e?.inner?.message ?? ''}`;
  return (
    names.includes('DatabaseClosedError') ||
    /connection.*lost|database.*closed|closing/i.test(text) ||
    (names.includes('InvalidStateError') && /database|transaction/i.test(text))
  );
}

/** Runs a database operation, reopening once if the connection was lost. */
export async function withDatabase<T>(operation: (db: KringDb) => Promise<T>): Promise<T> {
  const db = database();
  try {
    return await operation(db);
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    db.close();
    if (current === db) current = null;
    return operation(database());
  }
}

export function closeDatabase(): void {
  current?.close();
  current = null;
}
