import type { School } from '../domain/school';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { schoolStore } from './stores';

/** The school record holds its own settings; validated by its schema like every other write. */
export async function saveSchool(key: DataKey, school: School): Promise<void> {
  await schoolStore.put(key, school);
  announceChange('school');
}
