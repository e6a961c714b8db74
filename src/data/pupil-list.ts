import { draftRowId } from './draft-ids';
import type { Group, Pupil } from '../domain/pupils';
import type { School } from '../domain/school';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { withDatabase } from './connection';
import { KringError } from './errors';
import { groupStore, pupilStore, schoolStore } from './stores';

/** Adding groups and pupils by hand, validated and encrypted like every other record. */
export async function saveGroup(key: DataKey, group: Group): Promise<void> {
  await groupStore.put(key, group);
  announceChange('groups');
}

export async function savePupil(key: DataKey, pupil: Pupil): Promise<void> {
  await pupilStore.put(key, pupil);
  announceChange('pupils');
}

/** An imported list in one transaction: every new group and pupil is written, or none is. */
export async function importPupilList(key: DataKey, records: { groups: Group[]; pupils: Pupil[] }): Promise<void> {
  const [groupRows, pupilRows] = await Promise.all([
    Promise.all(records.groups.map((g) => groupStore.seal(key, g))),
    Promise.all(records.pupils.map((p) => pupilStore.seal(key, p))),
  ]);
  await withDatabase((db) =>
    db.transaction('rw', db.groups, db.pupils, async () => {
      await db.groups.bulkPut(groupRows);
      await db.pupils.bulkPut(pupilRows);
    }),
  );
  announceChange('pupils');
}

/** The new school year in one transaction: new groups, moved and leaving pupils, and the school's note of it. */
export async function saveRollover(key: DataKey, records: { groups: Group[]; pupils: Pupil[] }, school: School): Promise<void> {
  const [groupRows, pupilRows, schoolRow] = await Promise.all([
    Promise.all(records.groups.map((g) => groupStore.seal(key, g))),
    Promise.all(records.pupils.map((p) => pupilStore.seal(key, p))),
    schoolStore.seal(key, school),
  ]);
  await withDatabase((db) =>
    db.transaction('rw', db.groups, db.pupils, db.school, async () => {
      await db.groups.bulkPut(groupRows);
      await db.pupils.bulkPut(pupilRows);
      await db.school.put(schoolRow);
    }),
  );
  announceChange('pupils');
}

/** Only an empty group: pupils, also those who left, keep pointing at theirs. */
export async function removeGroup(groupId: string): Promise<void> {
  await withDatabase((db) =>
    db.transaction('rw', db.groups, db.pupils, async () => {
      if ((await db.pupils.where('groupId').equals(groupId).count()) > 0) throw new KringError('In deze groep staan nog leerlingen. Er is niets verwijderd.');
      await db.groups.delete(groupId);
    }),
  );
  announceChange('groups');
}

/**
 * A pupil added by mistake goes again, with their own draft. Only one no record names: the screen
 * checks that on the decrypted records (the store cannot see inside them).
 */
export async function removePupil(pupilId: string): Promise<void> {
  const draftRow = await draftRowId(`instellingen:leerling:${pupilId}`);
  await withDatabase((db) =>
    db.transaction('rw', db.pupils, db.drafts, async () => {
      await db.pupils.delete(pupilId);
      await db.drafts.delete(draftRow);
    }),
  );
  announceChange('pupils');
}
