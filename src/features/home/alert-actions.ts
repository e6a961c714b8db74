import type { DataKey } from '../../data/crypto/cipher';
import { withDatabase } from '../../data/connection';
import { alertReadStore } from '../../data/stores';
import type { Alert, AlertRead } from '../../domain/alerts/new-for-you';
import { clock } from '../../domain/clock';
import { putRecords } from '../session/school-store';

/** Marks alerts read by this colleague: a record each, so they travel and stay in the history. One transaction. */
export async function markAlertsRead(key: DataKey, alerts: readonly Alert[], staffId: string, now = clock.now()): Promise<AlertRead[]> {
  const reads: AlertRead[] = alerts.map((alert) => ({ id: crypto.randomUUID(), alertKey: alert.key, staffId, readAt: now.toISOString() }));
  const rows = await Promise.all(reads.map((read) => alertReadStore.seal(key, read)));
  await withDatabase((db) => db.alertReads.bulkPut(rows));
  putRecords('alertReads', reads);
  return reads;
}
