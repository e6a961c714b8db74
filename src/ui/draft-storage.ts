/**
 * Where a form's draft is kept: injected into useAutosavedForm, so shared components hold no storage.
 * The data layer's `draftStorage` is the real one; tests may pass their own. Methods reject with an
 * Error whose message is Dutch and fit to show.
 */
export interface StoredDraft {
  values: Record<string, unknown>;
  rev: number;
  updatedAt: string;
}

export type DraftWrite =
  | { kind: 'saved'; rev: number }
  /** Another tab wrote (theirs) or saved and removed (null) this draft since `seenRev`. */
  | { kind: 'conflict'; theirs: StoredDraft | null };

export interface DraftStorage {
  /** Names the draft: a form keeps its draft while this stays the same. */
  readonly id: string;
  load(): Promise<StoredDraft | undefined>;
  /** Writes only if the stored draft is still at `seenRev` (0: none), in one transaction. */
  save(values: Record<string, unknown>, seenRev: number): Promise<DraftWrite>;
  discard(): Promise<void>;
}
