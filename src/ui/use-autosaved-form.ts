import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clock } from '../domain/clock';
import { registerOpenForm } from './draft-registry';
import type { DraftStorage } from './draft-storage';

/** Typing pauses this long before the draft is written; hiding the page writes at once. */
export const AUTOSAVE_DELAY_MS = 300;
/** Someone who never pauses still has a draft at most this old: a crash loses under a second. */
export const AUTOSAVE_MAX_WAIT_MS = 700;

export type DraftStatus =
  | { kind: 'loading' }
  | { kind: 'empty' }
  /** Input is not yet on disk: from the first keystroke until the write of the latest input ends. */
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'restored'; at: Date }
  | { kind: 'error'; message: string }
  /** Another tab changed or saved this draft; nothing is written until the user chooses. */
  | { kind: 'conflict'; theirs: Record<string, unknown> | null };

/**
 * Form values that autosave as an encrypted draft while the user types, come back after a reload,
 * a closed tab or a lock, and are flushed when the page is hidden. The status never says "saved"
 * while newer input than the stored draft exists.
 */
export function useAutosavedForm<T extends Record<string, unknown>>(storage: DraftStorage, initial: T) {
  const [values, setValuesState] = useState<T>(initial);
  const [status, setStatus] = useState<DraftStatus>({ kind: 'loading' });
  const latest = useRef(values);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const dirtySince = useRef<number | null>(null);
  /** The draft's revision as this tab last read or wrote it. */
  const rev = useRef(0);
  const conflicted = useRef(false);
  const initialJson = useRef(JSON.stringify(initial));
  // The storage object may be made anew each render; its id names the draft.
  const store = useRef(storage);
  store.current = storage;
  const draftId = storage.id;

  // Writes run one after another, so a slow write can never land after a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    queue.current = queue.current.then(async () => {
      if (!dirty.current || conflicted.current) return;
      dirty.current = false;
      dirtySince.current = null;
      setStatus({ kind: 'saving' });
      try {
        const written = await store.current.save(latest.current, rev.current);
        if (written.kind === 'conflict') {
          dirty.current = true;
          conflicted.current = true;
          rev.current = written.theirs?.rev ?? 0;
          setStatus({ kind: 'conflict', theirs: written.theirs?.values ?? null });
          return;
        }
        rev.current = written.rev;
        // Input typed during the write is not in it: the line keeps saying "saving" until it is.
        if (!dirty.current) setStatus({ kind: 'saved', at: clock.now() });
      } catch (error) {
        dirty.current = true;
        setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
    return queue.current;
  }, [draftId]);

  useEffect(() => {
    let cancelled = false;
    store.current
      .load()
      .then((draft) => {
        if (cancelled) return;
        if (draft && !dirty.current) {
          rev.current = draft.rev;
          const restored = { ...initial, ...draft.values } as T;
          latest.current = restored;
          setValuesState(restored);
          setStatus({ kind: 'restored', at: new Date(draft.updatedAt) });
        } else if (!dirty.current) setStatus({ kind: 'empty' });
      })
      .catch((error: unknown) => !cancelled && setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
    // The draft is read once per form; `initial` only fills fields the draft lacks.
  }, [draftId]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerOpenForm({ flush, hasInput: () => JSON.stringify(latest.current) !== initialJson.current });
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      void flush();
    };
  }, [flush]);

  const setValues = useCallback(
    (change: Partial<T>) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      dirty.current = true;
      dirtySince.current ??= clock.ms();
      setValuesState(next);
      if (!conflicted.current) setStatus((s) => (s.kind === 'saving' ? s : { kind: 'saving' }));
      window.clearTimeout(timer.current);
      const waited = clock.ms() - dirtySince.current;
      timer.current = window.setTimeout(() => void flush(), Math.max(0, Math.min(AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS - waited)));
    },
    [flush],
  );

  /**
   * After a successful save elsewhere (the draft went in the same transaction), start clean: from the
   * form's first values, or from `next` when the save changed what the form edits (a setting).
   */
  const reset = useCallback((next?: T) => {
    const clean = next ?? initial;
    window.clearTimeout(timer.current);
    dirty.current = false;
    dirtySince.current = null;
    conflicted.current = false;
    rev.current = 0;
    initialJson.current = JSON.stringify(clean);
    latest.current = clean;
    setValuesState(clean);
    setStatus({ kind: 'empty' });
  }, []);

  /** After a conflict: take the other tab's version, or keep this one and write it over theirs. */
  const resolveConflict = useCallback(
    (choice: 'theirs' | 'mine') => {
      if (status.kind !== 'conflict') return;
      conflicted.current = false;
      if (choice === 'theirs') {
        const taken = { ...initial, ...(status.theirs ?? {}) } as T;
        latest.current = taken;
        dirty.current = false;
        setValuesState(taken);
        setStatus({ kind: 'restored', at: clock.now() });
      } else void flush();
    },
    [status, initial, flush],
  );

  const discard = useCallback(
    async (next?: T) => {
      reset(next);
      await store.current.discard();
    },
    [reset],
  );

  /** What the form holds right now, even before the next render: quick taps must not submit stale values. */
  const current = useCallback(() => latest.current, []);

  return { values, setValues, status, flush, reset, discard, resolveConflict, current };
}
