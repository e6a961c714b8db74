import type { KeySlot } from './crypto/key-slots';
import type { DataKey } from './crypto/cipher';
import { openAnySlot, type SlotKind } from './crypto/key-slots';
import { normalizeRecoveryKey } from './crypto/recovery-key';
import { withDatabase } from './connection';

/** Whether a store exists, and opening it: all the start and lock screens need, without any record schema. */

export type VaultState = { kind: 'empty' } | { kind: 'locked'; isDemo: boolean };

export async function vaultState(): Promise<VaultState> {
  return withDatabase(async (db) => {
    const [slots, school] = await Promise.all([db.keySlots.count(), db.school.get('school')]);
    if (slots === 0 || !school) return { kind: 'empty' };
    return { kind: 'locked', isDemo: school.isDemo === true };
  });
}

/** The data key for a passphrase or recovery key; WrongKeyError when neither opens a slot. */
export async function unlockVault(secret: string, kind: SlotKind): Promise<{ key: DataKey; slotId: string; staffId?: string }> {
  const slots = await withDatabase((db) => db.keySlots.where('kind').equals(kind).toArray());
  const input = kind === 'recovery' ? normalizeRecoveryKey(secret) : secret;
  const { key, slot } = await openAnySlot(slots, input);
  return { key, slotId: slot.id, ...(slot.staffId ? { staffId: slot.staffId } : {}) };
}


/**
 * Whether a demo school's passphrase is still the public one: the lock screen prints it only then.
 * A slot made by changing it says publicDemo: false; older demo slots say nothing and are the demo's.
 */
export async function demoPassphraseInUse(): Promise<boolean> {
  const slot = await withDatabase((db) => db.keySlots.get('passphrase-school'));
  return slot !== undefined && slot.publicDemo !== false;
}

/**
 * Which staff members have a passphrase of their own; slots hold no names, only the staff id. Here,
 * not with the staff records, because the lock screen asks too (to say either passphrase opens it).
 */
export async function staffWithOwnPassphrase(): Promise<Set<string>> {
  const slots = await withDatabase((db) => db.keySlots.where('kind').equals('passphrase').toArray());
  return new Set(slots.flatMap((s) => (s.staffId ? [s.staffId] : [])));
}

/**
 * Which of the allowed passphrase slots this secret opens (the school's, or a colleague's own): for a
 * step that needs proof of who is at the tablet, not only that it is unlocked. WrongKeyError if none.
 */
export async function passphraseSlotOpenedBy(secret: string, allowed: (slot: KeySlot) => boolean): Promise<KeySlot> {
  const slots = (await withDatabase((db) => db.keySlots.where('kind').equals('passphrase').toArray())).filter(allowed);
  return (await openAnySlot(slots, secret)).slot;
}
