import { create } from 'zustand';
import type { ConversationStepId } from '../../domain/case/zaak';

/**
 * Gespreksmodus: while children look at the tablet, one conversation is sealed on screen. Nothing
 * else can be reached until the lead leaves it on purpose. Kept in the tab's sessionStorage (ids
 * only, nothing personal), so a lock, an unlock by someone else, or a reload keeps it sealed.
 */
export interface Seal {
  zaakId: string;
  stepId: ConversationStepId;
  round: number;
}

const STORAGE_KEY = 'kring:gespreksmodus';

function stored(): Seal | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Seal) : null;
  } catch {
    return null;
  }
}

// stored() catches even a storage the browser refuses to hand out (a page opened in a foreign frame).
export const useSeal = create<{ seal: Seal | null }>()(() => ({ seal: stored() }));

export function sealConversation(seal: Seal): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(seal));
  useSeal.setState({ seal });
}

export function unseal(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  useSeal.setState({ seal: null });
}

export const isSealed = (seal: Seal | null, zaakId: string, stepId: ConversationStepId, round: number): boolean =>
  seal !== null && seal.zaakId === zaakId && seal.stepId === stepId && seal.round === round;
