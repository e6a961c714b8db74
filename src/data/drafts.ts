import type { DataKey } from './crypto/cipher';
import { draftStore, type Draft } from './stores';

/** Autosaved form input, encrypted like everything else, keyed by the form it belongs to. */
export function saveDraft(key: DataKey, id: string, values: Record<string, unknown>, now: Date): Promise<void> {
  return draftStore.put(key, { id, values, updatedAt: now.toISOString() });
}

export function loadDraft(key: DataKey, id: string): Promise<Draft | undefined> {
  return draftStore.get(key, id);
}

export function discardDraft(id: string): Promise<void> {
  return draftStore.remove(id);
}
