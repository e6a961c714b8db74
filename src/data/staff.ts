import type { StaffMember } from '../domain/staff';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { createSlot, PASSPHRASE_ITERATIONS, wrappableFromAny, type KeySlot } from './crypto/key-slots';
import { withDatabase } from './connection';
import type { KringDb } from './db';
import { staffStore } from './stores';

/**
 * Staff records and their own passphrases. A member who leaves is marked, not deleted: the timelines
 * they wrote in keep their name. Their passphrase slot goes in the same transaction, so it opens nothing.
 */

/**
 * A colleague's own slot has a random id. Its lock travels to the school's server in clear (a joining
 * tablet needs it to try a passphrase), and an id made of the staff id told the server which
 * colleagues have a passphrase of their own. The school's and the recovery key's slots keep their
 * fixed ids: every school has exactly those, so they tell nothing.
 */
export const newStaffSlotId = (): string => `slot-${crypto.randomUUID()}`;

/** Slots made before ids were random: `passphrase-staff-<staff id>`, renamed when their secret is next typed. */
export const isNamedStaffSlot = (slot: Pick<KeySlot, 'id' | 'staffId'>): boolean => slot.staffId !== undefined && slot.id.startsWith('passphrase-staff-');

/** The ids of a colleague's own slots (one, or none; two only if a replacement was interrupted long ago). */
async function ownSlotIds(db: KringDb, staffId: string): Promise<string[]> {
  return (await db.keySlots.where('kind').equals('passphrase').filter((s) => s.staffId === staffId).primaryKeys()) as string[];
}

export async function saveStaffMember(key: DataKey, member: StaffMember): Promise<void> {
  await staffStore.put(key, member);
  announceChange('staff');
}

export async function retireStaffMember(key: DataKey, member: StaffMember, today: string): Promise<StaffMember> {
  const retired: StaffMember = { ...member, removedOn: today };
  const row = await staffStore.seal(key, retired);
  await withDatabase((db) =>
    db.transaction('rw', db.staff, db.keySlots, async () => {
      await db.staff.put(row);
      await db.keySlots.bulkDelete(await ownSlotIds(db, member.id));
    }),
  );
  announceChange('staff');
  return retired;
}

/**
 * Gives a staff member a passphrase of their own (or replaces it). Whoever does it proves they may,
 * with a passphrase that already opens Kring: WrongKeyError otherwise, and nothing changes.
 */
export async function giveOwnPassphrase(
  currentSecret: string,
  staffId: string,
  passphrase: string,
  now: Date,
  iterations = PASSPHRASE_ITERATIONS,
): Promise<void> {
  const slots = await withDatabase((db) => db.keySlots.where('kind').equals('passphrase').toArray());
  const wrappable = await wrappableFromAny(slots, currentSecret);
  const slot = await createSlot(wrappable, passphrase, {
    id: newStaffSlotId(),
    kind: 'passphrase',
    label: 'Eigen wachtwoord van een medewerker',
    iterations,
    createdAt: now.toISOString(),
    staffId,
  });
  // A new one replaces the old: both gone and made in one step, never two own passphrases at once.
  await withDatabase((db) =>
    db.transaction('rw', db.keySlots, async () => {
      await db.keySlots.bulkDelete(await ownSlotIds(db, staffId));
      await db.keySlots.put(slot);
    }),
  );
}

export async function revokeOwnPassphrase(staffId: string): Promise<void> {
  await withDatabase((db) => db.transaction('rw', db.keySlots, async () => db.keySlots.bulkDelete(await ownSlotIds(db, staffId))));
}

/**
 * A slot named after its colleague (made before ids were random), opened just now with `passphrase`:
 * the same passphrase wrapped again under a random id, the named one gone, in one transaction.
 * Sync sends the old one's removal and the new one like any other change of a slot.
 */
export async function renameNamedSlot(slotId: string, passphrase: string): Promise<void> {
  const slot = await withDatabase((db) => db.keySlots.get(slotId));
  if (!slot || !isNamedStaffSlot(slot) || !slot.staffId) return;
  const wrappable = await wrappableFromAny([slot], passphrase);
  const renamed = await createSlot(wrappable, passphrase, {
    id: newStaffSlotId(),
    kind: 'passphrase',
    label: slot.label,
    iterations: slot.iterations,
    createdAt: slot.createdAt,
    staffId: slot.staffId,
  });
  await withDatabase((db) =>
    db.transaction('rw', db.keySlots, async () => {
      // Revoked or replaced on another tab meanwhile: nothing to rename.
      if (!(await db.keySlots.get(slot.id))) return;
      await db.keySlots.delete(slot.id);
      await db.keySlots.put(renamed);
    }),
  );
}
