import { DB_NAME } from './db-name';
import type { VaultState } from './vault-state';

/**
 * What the last start found in IndexedDB (a school, demo or not, or none), kept in localStorage: a
 * synchronous read, so the lock screen is drawn before the database is even opened. It holds no
 * name and nothing of any child; the start checks it against the store right after and corrects it.
 */
const HINT = 'kring:vault';

export function readVaultHint(): VaultState | null {
  try {
    const hint = localStorage.getItem(HINT);
    return hint === 'locked' || hint === 'locked-demo' ? { kind: 'locked', isDemo: hint === 'locked-demo' } : null;
  } catch {
    return null;
  }
}

export function writeVaultHint(state: VaultState | null): void {
  try {
    if (state?.kind === 'locked') localStorage.setItem(HINT, state.isDemo ? 'locked-demo' : 'locked');
    else localStorage.removeItem(HINT);
  } catch {
    // Storage refused (a private window): the next start reads IndexedDB first, as without a hint.
  }
}

/**
 * True only when the browser lists its IndexedDB databases and Kring's is not among them: then this
 * is certainly a first start, known without loading Dexie. Where the list is not offered, or cannot
 * be read, the start asks the store itself.
 */
export async function noStoreHere(): Promise<boolean> {
  try {
    return typeof indexedDB.databases === 'function' && !(await indexedDB.databases()).some((db) => db.name === DB_NAME);
  } catch {
    return false;
  }
}
