import { create } from 'zustand';
import type { DataKey } from '../../data/crypto/cipher';
import type { SchoolData } from '../../data/school-data';
import type { Melding } from '../../domain/melding';

/**
 * Whether Kring is locked, and while unlocked the data key and the decrypted school data.
 * Locking drops both, so nothing of any child stays in the page.
 */
export type Phase = 'booting' | 'setup' | 'locked' | 'unlocked';

export interface SessionState {
  phase: Phase;
  isDemo: boolean;
  key: DataKey | null;
  data: SchoolData | null;
  /** A message from the database layer (another tab upgraded, an upgrade is blocked). */
  notice: string | null;
  startError: string | null;
}

export const useSession = create<SessionState>()(() => ({
  phase: 'booting',
  isDemo: false,
  key: null,
  data: null,
  notice: null,
  startError: null,
}));

export function setLocked(isDemo: boolean): void {
  useSession.setState({ phase: 'locked', isDemo, key: null, data: null });
}

export function setUnlocked(key: DataKey, data: SchoolData): void {
  useSession.setState({ phase: 'unlocked', isDemo: data.school.isDemo, key, data });
}

export function setNotice(notice: string | null): void {
  useSession.setState({ notice });
}

/** The key of an unlocked session; screens behind the lock may rely on it. */
export function requireKey(): DataKey {
  const key = useSession.getState().key;
  if (!key) throw new Error('Kring is locked');
  return key;
}

export function requireData(): SchoolData {
  const data = useSession.getState().data;
  if (!data) throw new Error('Kring is locked');
  return data;
}

export function addMeldingToSession(melding: Melding): void {
  const data = useSession.getState().data;
  if (data) useSession.setState({ data: { ...data, meldingen: [...data.meldingen, melding] } });
}
