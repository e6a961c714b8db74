import { create } from 'zustand';
import type { DataKey } from '../../data/crypto/cipher';

/** Whether Kring is starting, being set up, locked or unlocked; while unlocked, the data key. */
export type Phase = 'booting' | 'setup' | 'locked' | 'unlocked';

export interface LockState {
  phase: Phase;
  /** The demo school: the lock screen shows its passphrase and a ribbon marks every screen. */
  isDemo: boolean;
  key: DataKey | null;
  /** Kring could not start (no IndexedDB, a damaged store): said on the first screen. */
  startError: string | null;
}

export const useLock = create<LockState>()(() => ({ phase: 'booting', isDemo: false, key: null, startError: null }));

export function showSetup(): void {
  useLock.setState({ phase: 'setup', key: null });
}

export function showLocked(isDemo: boolean): void {
  useLock.setState({ phase: 'locked', isDemo, key: null });
}

export function showUnlocked(key: DataKey, isDemo: boolean): void {
  useLock.setState({ phase: 'unlocked', isDemo, key });
}

export function showStartError(message: string): void {
  useLock.setState({ startError: message });
}

/** The key of an unlocked session; screens behind the lock may rely on it. */
export function requireKey(): DataKey {
  const key = useLock.getState().key;
  if (!key) throw new Error('Kring is locked');
  return key;
}
