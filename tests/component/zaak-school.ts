import { createDataKey, createSlot } from '../../src/data/crypto/key-slots';
import { database } from '../../src/data/connection';
import { TEST_ITERATIONS } from '../unit/test-db';

export const SCHOOL_PASSPHRASE = 'onze school fietst samen';
import { zaakStore } from '../../src/data/stores';
import type { Zaak } from '../../src/domain/case/zaak';
import { enterUnlocked } from '../../src/features/session/session-actions';
import { chooseStaff } from '../../src/features/session/user-store';
import { smallSchool } from './school-fixture';

/** A school whose pupils are the zaak builders' ids, with the zaak stored and unlocked. */
export async function schoolWith(zaak: Zaak) {
  const data = smallSchool();
  const ids = ['gepeste', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
  data.pupils = ids.map((id, i) => ({ id, firstName: `Kind${i}`, lastName: `Achternaam${i}`, groupId: 'g5' }));
  data.zaken = [zaak];
  const { key, wrappable } = await createDataKey();
  await zaakStore.put(key, zaak);
  // The school's passphrase, for what asks it again with the tablet unlocked (leaving gespreksmodus).
  await database().keySlots.put(await createSlot(wrappable, SCHOOL_PASSPHRASE, { id: 'passphrase-school', kind: 'passphrase', label: 'Wachtwoord van de school', iterations: TEST_ITERATIONS, createdAt: '2026-11-01T08:00:00.000Z' }));
  enterUnlocked(key, data, null);
  chooseStaff('s1');
  return data;
}

