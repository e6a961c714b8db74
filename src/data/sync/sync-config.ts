import * as z from 'zod/mini';
import { withDatabase } from '../connection';
import type { DataKey } from '../crypto/cipher';
import { sealedStore } from '../sealed-store';

/**
 * This tablet's server details. Sealed like a record (the account's password must not sit in clear
 * beside the data), in a table of its own that never travels, and renewed with the key like the rest.
 */
export const syncConfigSchema = z.object({
  id: z.literal('sync'),
  /** The CouchDB's address: an absolute https address, or a path on Kring's own origin ("/couchdb"). */
  server: z.string().check(z.maxLength(500)),
  database: z.string().check(z.maxLength(200)),
  username: z.string().check(z.maxLength(200)),
  password: z.string().check(z.maxLength(500)),
  /** Sync runs while Kring is unlocked; off keeps the details for turning it on again. */
  enabled: z.boolean(),
});
export type SyncConfig = z.infer<typeof syncConfigSchema>;

const store = sealedStore<SyncConfig, typeof syncConfigSchema>('syncConfig', syncConfigSchema);

export async function readSyncConfig(key: DataKey): Promise<SyncConfig | null> {
  try {
    return (await store.get(key, 'sync')) ?? null;
  } catch {
    // Unreadable (written under a key since renewed without it): the details are asked again.
    return null;
  }
}

export function writeSyncConfig(key: DataKey, config: SyncConfig): Promise<void> {
  return store.put(key, config);
}

/** Whether this tablet has sync turned on, without the key: the lock screen says so. */
export async function syncConfigured(): Promise<boolean> {
  return (await withDatabase((db) => db.syncConfig.count())) > 0;
}
