import { createDataKey } from '../../src/data/crypto/key-slots';
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
  const { key } = await createDataKey();
  await zaakStore.put(key, zaak);
  enterUnlocked(key, data, null);
  chooseStaff('s1');
  return data;
}

