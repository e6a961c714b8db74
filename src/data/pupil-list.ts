import type { Group, Pupil } from '../domain/pupils';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { groupStore, pupilStore } from './stores';

/** Adding groups and pupils by hand, validated and encrypted like every other record. */
export async function saveGroup(key: DataKey, group: Group): Promise<void> {
  await groupStore.put(key, group);
  announceChange('groups');
}

export async function savePupil(key: DataKey, pupil: Pupil): Promise<void> {
  await pupilStore.put(key, pupil);
  announceChange('pupils');
}
