import { create } from 'zustand';
import type { DataKey } from '../../data/crypto/cipher';
import { dutchMessage } from '../../data/errors';
import { clock } from '../../domain/clock';
import { workingSetSince, type Scope } from '../../domain/working-set';
import { useLock } from './lock-store';
import { useSchool } from './school-store';
import { readAgain } from './session-actions';

/**
 * Unlocking opens the working set (domain/working-set.ts); a screen that needs older records (a
 * child's history, the yearly overview, the retention term) opens the rest here, in chunks, with
 * its progress on screen, once per unlock.
 */
export const useWholeSchool = create<{ opening: boolean; done: number; total: number; error: string | null }>()(() => ({ opening: false, done: 0, total: 0, error: null }));

/** Whether older records were opened on request since this unlock (the lists then say so). */
export const useOlderOpened = create<{ key: DataKey | null }>()(() => ({ key: null }));

/** What unlocking opens today. */
export function workingSet(): Scope {
  return { since: workingSetSince(clock.today()) };
}

/** What a reload after a change elsewhere reads: what this tab holds now. */
export function heldScope(): Scope {
  return useSchool.getState().data?.scope ?? workingSet();
}

/** Older rows are sealed again in today's form when they are first opened after an unlock. */
let renewedWith: DataKey | null = null;

/**
 * The screen (its address) that asked last: the records are opened for it. Whoever moved on to
 * another screen meanwhile does not see the list they are reading change under their finger.
 */
let wantedOn = '';

export async function openWholeSchool(): Promise<void> {
  const { key } = useLock.getState();
  if (!key || useSchool.getState().data?.scope === 'all') return;
  wantedOn = window.location.hash;
  if (useWholeSchool.getState().opening) return;
  useWholeSchool.setState({ opening: true, done: 0, total: 0, error: null });
  try {
    const read = async () => {
      const { loadSchoolData } = await import('../../data/school-data');
      const data = await loadSchoolData(key, { scope: 'all', renew: renewedWith !== key, onProgress: (done, total) => useWholeSchool.setState({ done, total }) });
      renewedWith = key;
      return data;
    };
    // A save or a row from another tablet that lands while the rows are read is kept (readAgain).
    if (await readAgain(read, () => useLock.getState().key === key && window.location.hash === wantedOn)) useOlderOpened.setState({ key });
  } catch (error) {
    useWholeSchool.setState({ error: `De oudere gegevens konden niet worden geopend. ${dutchMessage(error)}` });
  } finally {
    useWholeSchool.setState({ opening: false });
  }
}
