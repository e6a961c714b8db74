import { openBytes, sealBytes, WrongKeyError, type DataKey } from './cipher';

/**
 * Key slots, as in disk encryption: one random data key encrypts every record, and each secret
 * (the school's passphrase, the recovery key, a staff member's own passphrase) wraps a copy of it.
 * Removing a slot revokes that secret: it no longer opens anything on this device.
 */

export type SlotKind = 'passphrase' | 'recovery';

export interface KeySlot {
  id: string;
  kind: SlotKind;
  label: string;
  salt: Uint8Array;
  iterations: number;
  /** The data key, sealed with the key derived from this slot's secret. */
  wrapped: Uint8Array;
  createdAt: string;
  /** A staff member's own passphrase: what is recorded after unlocking with it carries their name. */
  staffId?: string;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough that guessing a passphrase is expensive. */
export const PASSPHRASE_ITERATIONS = 600_000;
/** A recovery key carries over 130 random bits; stretching it further adds nothing but waiting. */
export const RECOVERY_ITERATIONS = 10_000;

const DATA_KEY_BYTES = 32;
const SALT_BYTES = 16;
const WRAP_CONTEXT = 'kring:key-slot';

/** A key from a secret with PBKDF2-SHA-256: for key slots, and for files protected by a passphrase. */
export async function deriveWrappingKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
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
    ['encrypt', 'decrypt'],
  );
}

function importDataKey(raw: Uint8Array): Promise<DataKey> {
  return crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** A fresh data key: its raw bytes (to wrap into slots, then to be wiped) and the usable key. */
export async function createDataKey(): Promise<{ raw: Uint8Array; key: DataKey }> {
  const raw = crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
  return { raw, key: await importDataKey(raw) };
}

export async function createSlot(
  rawDataKey: Uint8Array,
  secret: string,
  slot: { id: string; kind: SlotKind; label: string; iterations: number; createdAt: string; staffId?: string },
): Promise<KeySlot> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const wrappingKey = await deriveWrappingKey(secret, salt, slot.iterations);
  const wrapped = await sealBytes(wrappingKey, rawDataKey, `${WRAP_CONTEXT}:${slot.id}`);
  return { ...slot, salt, wrapped };
}

/**
 * The data key's raw bytes, only to wrap them into a new slot; the caller wipes them after.
 * The in-memory key is not extractable, so adding a slot needs an existing secret again.
 */
export async function unwrapRawKey(slot: KeySlot, secret: string): Promise<Uint8Array> {
  const wrappingKey = await deriveWrappingKey(secret, slot.salt, slot.iterations);
  return openBytes(wrappingKey, slot.wrapped, `${WRAP_CONTEXT}:${slot.id}`);
}

/** The data key, or WrongKeyError when the secret does not open this slot. */
export async function openSlot(slot: KeySlot, secret: string): Promise<DataKey> {
  const raw = await unwrapRawKey(slot, secret);
  try {
    return await importDataKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** Tries each slot in turn; the first that opens gives the key. */
export async function openAnySlot(slots: readonly KeySlot[], secret: string): Promise<{ key: DataKey; slot: KeySlot }> {
  return firstThatOpens(slots, async (slot) => ({ key: await openSlot(slot, secret), slot }));
}

/** The raw data key from whichever slot the secret opens: for adding another slot. */
export function unwrapRawFromAny(slots: readonly KeySlot[], secret: string): Promise<Uint8Array> {
  return firstThatOpens(slots, (slot) => unwrapRawKey(slot, secret));
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
