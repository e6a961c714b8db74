import { fromBase64, toBase64, toHex } from './crypto/encoding';
/**
 * A draft's row id in IndexedDB names nothing: not the form, not the zaak or step of a conversation
 * in progress, not the person typing. It is a keyed hash (HMAC-SHA-256) of the draft's own name
 * ("gesprek:<zaak>:stap3:1"), which travels sealed inside the draft. The key is random per school,
 * kept in the sealed school record and in memory only while Kring is unlocked.
 *
 * Before a school is opened (unit tests of the draft functions alone) there is no key, and a draft's
 * row id is its name, as it was before this existed.
 */
let idKey: CryptoKey | null = null;

export async function useDraftIdKey(raw: Uint8Array | null): Promise<void> {
  idKey = raw ? await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) : null;
}

/** The row id of the draft named `form`. */
export async function draftRowId(form: string): Promise<string> {
  if (!idKey) return form;
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', idKey, new TextEncoder().encode(form)));
  return `d-${toHex(mac.subarray(0, 16))}`;
}

/** A new random id key, as base64, for a school that has none yet. */
export function newDraftIdKey(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)));
}

export function decodeDraftIdKey(base64: string): Uint8Array {
  return fromBase64(base64);
}
