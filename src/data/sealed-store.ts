import type * as z from 'zod/mini';
import { openJson, sealJson, WrongKeyError, type DataKey } from './crypto/cipher';
import { boundContext, CLEAR_FIELDS, earlierContexts, legacyContext } from './row-context';
import { withDatabase } from './connection';
import type { SealedRow, SealedTableName } from './db';

/**
 * A typed repository over one encrypted table: callers read and write plain records; only the
 * fields named clear (ids, dates, statuses) reach IndexedDB unencrypted.
 */
export interface SealedStore<T extends { id: string }> {
  readonly table: SealedTableName;
  /** Validates and encrypts; the row can then be written in a transaction with others. */
  seal(key: DataKey, record: T): Promise<SealedRow>;
  open(key: DataKey, row: SealedRow): Promise<T>;
  put(key: DataKey, record: T): Promise<void>;
  get(key: DataKey, id: string): Promise<T | undefined>;
  all(key: DataKey): Promise<T[]>;
  /**
   * All records that open and pass their schema, and the ids of those that do not (damaged on disk,
   * altered without the key, or written by a laxer older version): one bad row never hides the rest.
   * With `renew`, records the schema now reads differently than they were stored (a name cleaned of
   * invisible characters, say) are written back in their new form: how a rule added at the door
   * reaches what was already inside.
   */
  allReadable(key: DataKey, renew?: boolean): Promise<{ records: T[]; damaged: string[] }>;
  /** The same for rows a caller chose by their clear fields (an index, a date range): only these are decrypted. */
  readable(key: DataKey, rows: readonly SealedRow[], renew?: boolean): Promise<{ records: T[]; damaged: string[] }>;
  remove(id: string): Promise<void>;
}

export function sealedStore<T extends { id: string }, S extends z.ZodMiniType<T, unknown>>(table: SealedTableName, schema: S): SealedStore<T> {
  const clearFields = CLEAR_FIELDS[table];

  async function seal(key: DataKey, record: T): Promise<SealedRow> {
    const valid = schema.parse(record) as T & Record<string, unknown>;
    const secret: Record<string, unknown> = {};
    const row: SealedRow = { id: valid.id, sealed: new Uint8Array() };
    for (const [field, value] of Object.entries(valid)) {
      if (field === 'id') continue;
      if ((clearFields as readonly string[]).includes(field)) row[field] = value;
      else secret[field] = value;
    }
    row.sealed = await sealJson(key, secret, boundContext(table, row));
    return row;
  }

  /**
   * The row's secret part: bound to its clear fields, or (written before they were) to the clear fields
   * of an earlier version, or to table and id alone.
   */
  async function openSecret(key: DataKey, row: SealedRow): Promise<{ secret: Record<string, unknown>; legacy: boolean }> {
    try {
      return { secret: (await openJson(key, row.sealed, boundContext(table, row))) as Record<string, unknown>, legacy: false };
    } catch (error) {
      if (!(error instanceof WrongKeyError)) throw error;
    }
    for (const context of earlierContexts(table, row)) {
      try {
        return { secret: (await openJson(key, row.sealed, context)) as Record<string, unknown>, legacy: true };
      } catch (error) {
        if (!(error instanceof WrongKeyError)) throw error;
      }
    }
    return { secret: (await openJson(key, row.sealed, legacyContext(table, row.id))) as Record<string, unknown>, legacy: true };
  }

  async function openChecked(key: DataKey, row: SealedRow): Promise<{ record: T; changed: boolean }> {
    const { secret, legacy } = await openSecret(key, row);
    const { sealed: _sealed, ...clear } = row;
    const record = schema.parse({ ...secret, ...clear }) as T & Record<string, unknown>;
    // Stored records were written from parsed ones, so the same rules give the same text.
    const changed = legacy || Object.keys(record).some((field) => field !== 'id' && JSON.stringify(record[field]) !== JSON.stringify(field in secret ? secret[field] : clear[field]));
    return { record, changed };
  }

  async function open(key: DataKey, row: SealedRow): Promise<T> {
    return (await openChecked(key, row)).record;
  }

  async function readable(key: DataKey, rows: readonly SealedRow[], renew = false): Promise<{ records: T[]; damaged: string[] }> {
    const opened = await Promise.all(rows.map((row) => openChecked(key, row).then((o) => ({ ...o, id: row.id, row }), () => ({ id: row.id, record: null, changed: false, row }))));
    const good = opened.filter((o): o is { id: string; record: T; changed: boolean; row: SealedRow } => o.record !== null);
    if (renew) {
      const renewed = await Promise.all(good.filter((o) => o.changed).map(async (o) => ({ before: o.row, after: await seal(key, o.record) })));
      // Written only over the row as it was read: another tab's newer save in between is never undone.
      if (renewed.length > 0)
        await withDatabase((db) =>
          db.transaction('rw', db.table(table), async () => {
            for (const { before, after } of renewed) {
              const current = await db.table<SealedRow, string>(table).get(before.id);
              if (current && sameBytes(current.sealed, before.sealed)) await db.table(table).put(after);
            }
          }),
        );
    }
    return { records: good.map((o) => o.record), damaged: opened.filter((o) => o.record === null).map((o) => o.id) };
  }

  return {
    table,
    seal,
    open,
    async put(key, record) {
      const row = await seal(key, record);
      await withDatabase((db) => db.table(table).put(row));
    },
    async get(key, id) {
      const row = await withDatabase((db) => db.table<SealedRow, string>(table).get(id));
      return row ? open(key, row) : undefined;
    },
    async all(key) {
      const rows = await withDatabase((db) => db.table<SealedRow, string>(table).toArray());
      return Promise.all(rows.map((row) => open(key, row)));
    },
    async allReadable(key, renew = false) {
      return readable(key, await withDatabase((db) => db.table<SealedRow, string>(table).toArray()), renew);
    },
    readable,
    async remove(id) {
      await withDatabase((db) => db.table(table).delete(id));
    },
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}
