import type { DataKey } from '../../data/crypto/cipher';
import { alertReadStore } from '../../data/stores';
import type { Alert, AlertRead } from '../../domain/alerts/new-for-you';
import { clock } from '../../domain/clock';
import { putRecords } from '../session/school-store';

/** Marks an alert read by this colleague: a record of its own, so it travels and stays in the history. */
export async function markAlertRead(key: DataKey, alert: Alert, staffId: string, now = clock.now()): Promise<AlertRead> {
  const read: AlertRead = { id: crypto.randomUUID(), alertKey: alert.key, staffId, readAt: now.toISOString() };
  await alertReadStore.put(key, read);
  putRecords('alertReads', [read]);
  return read;
}
