import Dexie from 'dexie';

/**
 * A store as JSON: every table's raw rows, bytes as base64. The migration test restores a store that
 * an earlier version of Kring wrote, then opens it with the current schema.
 */
export interface DbFixture {
  schemaVersion: number;
  stores: Record<string, string>;
  passphrase: string;
  recoveryKey: string;
  tables: Record<string, unknown[]>;
  /** What the app should read back, decrypted. */
  expected: Record<string, unknown>;
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const bytes = (value as { $bytes?: string }).$bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = encode(await table.toArray()) as unknown[];
  return tables;
}

/** Writes the fixture's rows with the schema of its own version, as that release would have. */
export async function restoreFixture(name: string, fixture: DbFixture): Promise<void> {
  const db = new Dexie(name);
  db.version(fixture.schemaVersion).stores(fixture.stores);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(decode(rows) as object[]);
  });
  db.close();
}
