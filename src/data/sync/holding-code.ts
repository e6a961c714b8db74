import { withDatabase } from '../connection';
import { heldRows } from './checkpoint';
import type { SyncRow } from './sync-rows';

/**
 * A short code of everything this tablet holds of the school, as exchanged: every record's document
 * and the version it holds (its sealed hash; the revision for rows exchanged before lineage). Two
 * tablets that hold the same show the same code, whatever the server says; so colleagues can compare
 * two tablets in the staff room, a check no server can touch (like the safety numbers of Signal).
 */
export async function holdingCode(): Promise<{ code: string; records: number }> {
  return codeOf(heldRows(await withDatabase((db) => db.syncRows.toArray())));
}

/** The code of rows already chosen as held (see heldRows). */
export async function codeOf(held: readonly SyncRow[]): Promise<{ code: string; records: number }> {
  const text = held.map((r) => `${r.docId}:${r.hash ?? r.rev}`).join('\n');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  // Twenty digits in four groups: easy to read aloud, and a chance of 1 in 10^20 that two differ unseen.
  let n = 0n;
  for (const byte of digest.subarray(0, 9)) n = (n << 8n) | BigInt(byte);
  const digits = (n % 10n ** 20n).toString().padStart(20, '0');
  return { code: digits.match(/\d{5}/g)!.join(' '), records: held.length };
}
