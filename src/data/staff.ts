import type { StaffMember } from '../domain/staff';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { createSlot, PASSPHRASE_ITERATIONS, wrappableFromAny } from './crypto/key-slots';
import { withDatabase } from './connection';
import { staffStore } from './stores';

/**
 * Staff records and their own passphrases. A member who leaves is marked, not deleted: the timelines
 * they wrote in keep their name. Their passphrase slot goes in the same transaction, so it opens nothing.
 */

export function staffSlotId(staffId: string): string {
  return `passphrase-staff-${staffId}`;
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
      await db.keySlots.delete(staffSlotId(member.id));
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
    id: staffSlotId(staffId),
    kind: 'passphrase',
    label: 'Eigen wachtwoord van een medewerker',
    iterations,
    createdAt: now.toISOString(),
    staffId,
  });
  await withDatabase((db) => db.keySlots.put(slot));
}

export async function revokeOwnPassphrase(staffId: string): Promise<void> {
  await withDatabase((db) => db.keySlots.delete(staffSlotId(staffId)));
}
