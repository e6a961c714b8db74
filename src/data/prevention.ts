import type { PreventionRecord } from '../domain/prevention/year-plan';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { preventionStore } from './stores';

export async function savePreventionRecord(key: DataKey, record: PreventionRecord): Promise<void> {
  await preventionStore.put(key, record);
  announceChange('prevention');
}

export async function removePreventionRecord(id: string): Promise<void> {
  await preventionStore.remove(id);
  announceChange('prevention');
}
