import { createDataKey } from '../../src/data/crypto/key-slots';
import type { SchoolData } from '../../src/data/school-data';
import { enterUnlocked } from '../../src/features/session/session-actions';

/** A tiny school, unlocked, for rendering screens. */
export function smallSchool(): SchoolData {
  return {
    scope: 'all',
    school: { id: 'school', name: 'Basisschool De Linde', isDemo: false, protocolId: 'jps', createdAt: '2026-11-01T08:00:00.000Z' },
    groups: [
      { id: 'g5', name: 'Groep 5', order: 5 },
      { id: 'g6', name: 'Groep 6', order: 6 },
    ],
    pupils: [
      { id: 'p1', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' },
      { id: 'p2', firstName: 'Daan', lastName: 'Appelgaard', groupId: 'g5' },
      { id: 'p3', firstName: 'Emma', lastName: 'Vlierbes', groupId: 'g6' },
    ],
    staff: [
      { id: 's1', name: 'Merel Zonnekamp', roles: ['leerkracht'], groupIds: ['g5'] },
      { id: 's2', name: 'Ruud Lindeboom', roles: ['ivp'], groupIds: [] },
    ],
    meldingen: [],
    zaken: [],
    incidents: [],
    prevention: [],
    deletions: [],
    alertReads: [],
    pupilsWhoLeft: [],
  };
}

export async function unlockSmallSchool(): Promise<{ data: SchoolData; key: CryptoKey }> {
  const data = smallSchool();
  const { key } = await createDataKey();
  enterUnlocked(key, data);
  return { data, key };
}
