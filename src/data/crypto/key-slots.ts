import { WrongKeyError, type DataKey } from './cipher';

/**
 * Key slots, as in disk encryption: one random data key encrypts every record, and each secret
 * (the school's passphrase, the recovery key, a staff member's own passphrase) wraps a copy of it.
 * Removing a slot revokes that secret: it no longer opens anything on this device.
 */

export type SlotKind = 'passphrase' | 'recovery';

export interface KeySlot {
  id: string;
  /** 'rotation': not a secret's slot but a key rotation's record (see key-rotation.ts). */
  kind: SlotKind | 'rotation';
  label: string;
  salt: Uint8Array;
  iterations: number;
  /** The data key, sealed with the key derived from this slot's secret. */
  wrapped: Uint8Array;
  createdAt: string;
  /** A staff member's own passphrase: what is recorded after unlocking with it carries their name. */
  staffId?: string;
  /** The id the wrapped key is bound to, when the slot was made under another id (a key rotation's new slots). */
  contextId?: string;
  /** The demo school's own passphrase, printed on its lock screen; a slot made later never is. */
  publicDemo?: boolean;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough that guessing a passphrase is expensive. */
export const PASSPHRASE_ITERATIONS = 600_000;
/** A recovery key carries over 130 random bits; stretching it further adds nothing but waiting. */
export const RECOVERY_ITERATIONS = 10_000;

const DATA_KEY_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const WRAP_CONTEXT = 'kring:key-slot';

/**
 * The rounds Kring accepts from what it did not make itself (a slot from the server, a file): a server
 * that sends a slot with a billion rounds would freeze a joining tablet. Beyond these a slot opens nothing.
 */
export const MIN_ITERATIONS = 1_000;
export const MAX_ITERATIONS = 2_000_000;

/** A key from a secret with PBKDF2-SHA-256: for key slots, and for files protected by a passphrase. */
export async function deriveWrappingKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new WrongKeyError();
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
}

/*
 * The data key's bytes never enter JavaScript: WebCrypto makes it (generateKey), wraps it into a
 * slot (wrapKey) and unwraps it (unwrapKey), all inside the browser's crypto. A slot's bytes are
 * the same as before (IV, then AES-GCM of the raw key, bound to the slot's id), so older slots open.
 */
const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: DATA_KEY_BYTES * 8 } as const;
// A data key may wrap another: during a key rotation each key is kept wrapped by the other.
const DATA_KEY_USES: KeyUsage[] = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];

async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey, context: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) });
  const out = new Uint8Array(IV_BYTES + wrapped.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(wrapped), IV_BYTES);
  return out;
}

async function unwrapDataKey(sealed: Uint8Array, wrappingKey: CryptoKey, context: string, extractable: boolean): Promise<CryptoKey> {
  if (sealed.byteLength <= IV_BYTES) throw new WrongKeyError();
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      sealed.subarray(IV_BYTES) as Uint8Array<ArrayBuffer>,
      wrappingKey,
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as Uint8Array<ArrayBuffer>, additionalData: new TextEncoder().encode(context) },
      DATA_KEY_ALGORITHM,
      extractable,
      DATA_KEY_USES,
    );
  } catch {
    throw new WrongKeyError();
  }
}

/**
 * A fresh data key: `key` for the records (cannot be exported), and `wrappable`, the same key in a
 * form WebCrypto may wrap into slots; drop it once the slots are made.
 */
export async function createDataKey(): Promise<{ key: DataKey; wrappable: CryptoKey }> {
  const wrappable = await crypto.subtle.generateKey(DATA_KEY_ALGORITHM, true, DATA_KEY_USES);
  // A copy that cannot be exported, made inside WebCrypto through a throwaway wrapping key.
  const transit = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
  const key = await unwrapDataKey(await wrapDataKey(wrappable, transit, 'kring:transit'), transit, 'kring:transit', false);
  return { key, wrappable };
}

export async function createSlot(
  wrappable: CryptoKey,
  secret: string,
  slot: { id: string; kind: SlotKind; label: string; iterations: number; createdAt: string; staffId?: string; contextId?: string },
): Promise<KeySlot> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const wrappingKey = await deriveWrappingKey(secret, salt, slot.iterations);
  const wrapped = await wrapDataKey(wrappable, wrappingKey, `${WRAP_CONTEXT}:${slot.contextId ?? slot.id}`);
  return { ...slot, salt, wrapped };
}

/** A data key wrapped by another data key (a key rotation keeps each wrapped by the other). */
export function wrapWithKey(wrappable: CryptoKey, by: DataKey, context: string): Promise<Uint8Array> {
  return wrapDataKey(wrappable, by, context);
}

/** The data key wrapped with wrapWithKey; it cannot be exported. */
export function unwrapWithKey(sealed: Uint8Array, by: DataKey, context: string): Promise<DataKey> {
  return unwrapDataKey(sealed, by, context, false);
}

async function unwrapSlot(slot: KeySlot, secret: string, extractable: boolean): Promise<CryptoKey> {
  const wrappingKey = await deriveWrappingKey(secret, slot.salt, slot.iterations);
  return unwrapDataKey(slot.wrapped, wrappingKey, `${WRAP_CONTEXT}:${slot.contextId ?? slot.id}`, extractable);
}

/** The data key, or WrongKeyError when the secret does not open this slot. */
export function openSlot(slot: KeySlot, secret: string): Promise<DataKey> {
  return unwrapSlot(slot, secret, false);
}

/** Tries each slot in turn; the first that opens gives the key. */
export async function openAnySlot(slots: readonly KeySlot[], secret: string): Promise<{ key: DataKey; slot: KeySlot }> {
  return firstThatOpens(slots, async (slot) => ({ key: await openSlot(slot, secret), slot }));
}

/**
 * The data key in wrappable form, from whichever slot the secret opens: for adding another slot.
 * The key in use cannot be exported, so adding a slot needs an existing secret again.
 */
export function wrappableFromAny(slots: readonly KeySlot[], secret: string): Promise<CryptoKey> {
  return firstThatOpens(slots, (slot) => unwrapSlot(slot, secret, true));
}

async function firstThatOpens<T>(slots: readonly KeySlot[], open: (slot: KeySlot) => Promise<T>): Promise<T> {
  for (const slot of slots) {
    try {
      return await open(slot);
    } catch (error) {
      if (!(error instanceof WrongKeyError)) throw error;
    }
  }
  throw new WrongKeyError();
}
