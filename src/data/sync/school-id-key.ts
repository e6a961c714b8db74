import type { DataKey } from '../crypto/cipher';
import { decodeDraftIdKey } from '../draft-ids';
import { schoolStore } from '../stores';

/** The key that names every row's document alike on each tablet (a keyed hash; see sync-docs.ts). */
export async function schoolIdKey(key: DataKey): Promise<CryptoKey> {
  const school = await schoolStore.get(key, 'school');
  if (!school?.draftIdKey) throw new Error('The school record has no id key yet');
  return crypto.subtle.importKey('raw', decodeDraftIdKey(school.draftIdKey) as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}
