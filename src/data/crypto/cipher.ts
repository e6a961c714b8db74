/**
 * The one place where Kring's records become ciphertext (AES-GCM, 256-bit, a fresh 96-bit IV per write).
 * The additional data binds each ciphertext to its table and id, so sealed blobs cannot be swapped.
 */

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export type DataKey = CryptoKey;

export class WrongKeyError extends Error {
  constructor() {
    super('Ontsleutelen mislukt: verkeerde sleutel of beschadigde gegevens.');
    this.name = 'WrongKeyError';
  }
}

/** Encrypts bytes; returns IV followed by ciphertext. */
export async function sealBytes(key: DataKey, plain: Uint8Array, context: string): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    plain as Uint8Array<ArrayBuffer>,
  );
  const out = new Uint8Array(IV_BYTES + cipher.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(cipher), IV_BYTES);
  return out;
}

export async function openBytes(key: DataKey, sealed: Uint8Array, context: string): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.byteLength <= IV_BYTES) throw new WrongKeyError();
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(context) },
      key,
      sealed.subarray(IV_BYTES) as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    throw new WrongKeyError();
  }
}

/**
 * Ciphertext is as long as its plain text: a pupil's record would give away the length of the
 * name. JSON is padded with spaces (which JSON.parse skips) up to the next multiple of this, so
 * names of most lengths look alike.
 */
const PAD_TO = 64;

export function sealJson(key: DataKey, value: unknown, context: string): Promise<Uint8Array<ArrayBuffer>> {
  return sealText(key, JSON.stringify(value), context);
}

/** JSON text already written (with a replacer of the caller's), padded and sealed like sealJson. */
export async function sealText(key: DataKey, text: string, context: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = encoder.encode(text);
  const padded = new Uint8Array(bytes.byteLength + ((PAD_TO - (bytes.byteLength % PAD_TO)) % PAD_TO)).fill(0x20);
  padded.set(bytes);
  return sealBytes(key, padded, context);
}

export async function openJson(key: DataKey, sealed: Uint8Array, context: string): Promise<unknown> {
  return JSON.parse(await openText(key, sealed, context));
}

export async function openText(key: DataKey, sealed: Uint8Array, context: string): Promise<string> {
  return decoder.decode(await openBytes(key, sealed, context));
}
