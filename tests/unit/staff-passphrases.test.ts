import { beforeEach, describe, expect, it } from 'vitest';
import { WrongKeyError } from '../../src/data/crypto/cipher';
import { database } from '../../src/data/connection';
import { giveOwnPassphrase, renameNamedSlot, retireStaffMember, revokeOwnPassphrase, saveStaffMember } from '../../src/data/staff';
import { createSlot, wrappableFromAny } from '../../src/data/crypto/key-slots';
import { staffWithOwnPassphrase } from '../../src/data/vault-state';
import { staffStore } from '../../src/data/stores';
import { createVault, readSchool, unlockVault } from '../../src/data/vault';
import type { StaffMember } from '../../src/domain/staff';
import { freshDatabase, TEST_ITERATIONS } from './test-db';

const now = new Date('2026-11-25T08:00:00Z');
const anna: StaffMember = { id: 'anna', name: 'Anna de Juf', roles: ['leerkracht'], groupIds: [] };

async function school() {
  const vault = await createVault({ schoolName: 'De Linde', passphrase: 'de zin van de school', isDemo: false, now, iterations: TEST_ITERATIONS });
  await saveStaffMember(vault.key, anna);
  return vault;
}

describe('a staff member’s own passphrase', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('opens the same store and says whose it is; the school passphrase still works', async () => {
    await school();
    await giveOwnPassphrase('de zin van de school', 'anna', 'anna haar eigen zin', now, TEST_ITERATIONS);
    const own = await unlockVault('anna haar eigen zin', 'passphrase');
    expect(own.staffId).toBe('anna');
    expect((await readSchool(own.key)).name).toBe('De Linde');
    const shared = await unlockVault('de zin van de school', 'passphrase');
    expect(shared.staffId).toBeUndefined();
    expect(await staffWithOwnPassphrase()).toEqual(new Set(['anna']));
    // The slot holds no name in the clear.
    expect(JSON.stringify(await database().keySlots.toArray())).not.toContain('Anna');
  });

  it('needs a passphrase that already opens Kring, and changes nothing without one', async () => {
    await school();
    const before = await database().keySlots.toArray();
    await expect(giveOwnPassphrase('geraden zin', 'anna', 'anna haar eigen zin', now, TEST_ITERATIONS)).rejects.toBeInstanceOf(WrongKeyError);
    expect(await database().keySlots.toArray()).toEqual(before);
  });

  it('can be replaced, after which only the new one opens', async () => {
    await school();
    await giveOwnPassphrase('de zin van de school', 'anna', 'anna haar eigen zin', now, TEST_ITERATIONS);
    await giveOwnPassphrase('anna haar eigen zin', 'anna', 'anna haar nieuwe zin', now, TEST_ITERATIONS);
    await expect(unlockVault('anna haar eigen zin', 'passphrase')).rejects.toBeInstanceOf(WrongKeyError);
    expect((await unlockVault('anna haar nieuwe zin', 'passphrase')).staffId).toBe('anna');
  });

  it('stops opening anything once revoked, or when the staff member is removed', async () => {
    const { key } = await school();
    await giveOwnPassphrase('de zin van de school', 'anna', 'anna haar eigen zin', now, TEST_ITERATIONS);
    await revokeOwnPassphrase('anna');
    await expect(unlockVault('anna haar eigen zin', 'passphrase')).rejects.toBeInstanceOf(WrongKeyError);

    await giveOwnPassphrase('de zin van de school', 'anna', 'anna haar eigen zin', now, TEST_ITERATIONS);
    const retired = await retireStaffMember(key, anna, '2026-11-25');
    await expect(unlockVault('anna haar eigen zin', 'passphrase')).rejects.toBeInstanceOf(WrongKeyError);
    // Kept, marked, so timelines still name her.
    expect(await staffStore.get(key, 'anna')).toEqual(retired);
    expect(retired.removedOn).toBe('2026-11-25');
  });

  it('has a random id that names no one, and one slot per colleague after a replacement', async () => {
    await school();
    await giveOwnPassphrase('de zin van de school', 'anna', 'anna haar eigen zin', now, TEST_ITERATIONS);
    await giveOwnPassphrase('de zin van de school', 'anna', 'anna haar nieuwe zin', now, TEST_ITERATIONS);
    const own = (await database().keySlots.toArray()).filter((s) => s.staffId === 'anna');
    expect(own).toHaveLength(1);
    expect(own[0]!.id).toMatch(/^slot-[0-9a-f-]{36}$/);
    expect(own[0]!.id).not.toContain('anna');
  });

  it('renames a slot made before ids were random when its passphrase is typed: it still opens, named no more', async () => {
    await school();
    const school_ = await database().keySlots.get('passphrase-school');
    const wrappable = await wrappableFromAny([school_!], 'de zin van de school');
    const named = await createSlot(wrappable, 'anna haar eigen zin', { id: 'passphrase-staff-anna', kind: 'passphrase', label: 'Eigen wachtwoord van een medewerker', iterations: TEST_ITERATIONS, createdAt: now.toISOString(), staffId: 'anna' });
    await database().keySlots.put(named);
    await renameNamedSlot('passphrase-staff-anna', 'anna haar eigen zin');
    const ids = (await database().keySlots.toArray()).map((s) => s.id);
    expect(ids.some((id) => id.includes('anna'))).toBe(false);
    const opened = await unlockVault('anna haar eigen zin', 'passphrase');
    expect(opened.staffId).toBe('anna');
    expect(opened.slotId).toMatch(/^slot-/);
    // A wrong passphrase renames nothing.
    await database().keySlots.put(named);
    await expect(renameNamedSlot('passphrase-staff-anna', 'geraden')).rejects.toBeInstanceOf(WrongKeyError);
    expect(await database().keySlots.get('passphrase-staff-anna')).toBeDefined();
  });
});
