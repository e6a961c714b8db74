import { create } from 'zustand';
import type { DataKey } from '../../data/crypto/cipher';
import type { SchoolData } from '../../data/school-data';
import type { Zaak } from '../../domain/case/zaak';
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
  /** Who records what is done on this tablet; null until chosen. */
  staffId: string | null;
  /** Unlocked with a staff member's own passphrase: the name is fixed for this session. */
  personal: boolean;
  /** A message from the database layer (another tab upgraded, an upgrade is blocked). */
  notice: string | null;
  startError: string | null;
}

export const useSession = create<SessionState>()(() => ({
  phase: 'booting',
  isDemo: false,
  key: null,
  data: null,
  staffId: null,
  personal: false,
  notice: null,
  startError: null,
}));

export function setLocked(isDemo: boolean): void {
  useSession.setState({ phase: 'locked', isDemo, key: null, data: null, personal: false });
}

export function setUnlocked(key: DataKey, data: SchoolData, staffId?: string | null, personal?: boolean): void {
  const known = (id: string | null | undefined) => (id && data.staff.some((s) => s.id === id && !s.removedOn) ? id : null);
  useSession.setState((state) => ({
    phase: 'unlocked',
    isDemo: data.school.isDemo,
    key,
    data,
    staffId: staffId === undefined ? known(state.staffId) : known(staffId),
    personal: personal ?? (state.personal && known(state.staffId) !== null),
  }));
}

export function setStaff(staffId: string): void {
  useSession.setState({ staffId });
}

/** Replaces one zaak (or adds it) in the unlocked session's data. */
export function putZaakInSession(zaak: Zaak): void {
  const data = useSession.getState().data;
  if (!data) return;
  const zaken = data.zaken.some((z) => z.id === zaak.id) ? data.zaken.map((z) => (z.id === zaak.id ? zaak : z)) : [...data.zaken, zaak];
  useSession.setState({ data: { ...data, zaken } });
}

export function putMeldingInSession(melding: Melding): void {
  const data = useSession.getState().data;
  if (data) useSession.setState({ data: { ...data, meldingen: data.meldingen.map((m) => (m.id === melding.id ? melding : m)) } });
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
