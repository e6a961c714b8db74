import { clock } from '../domain/clock';
import { withDatabase } from './connection';
import type { DataKey } from './crypto/cipher';
import { dutchMessage } from './errors';
import { draftRowId } from './draft-ids';
import { draftStore, type Draft } from './stores';

/** Autosaved form input, encrypted like everything else, keyed by the form it belongs to. */

/** Another tab (or screen) wrote this draft, or saved and removed it, since this one last saw it. */
export class DraftConflictError extends Error {
  constructor(readonly current: Draft | undefined) {
    super('Draft changed elsewhere');
    this.name = 'DraftConflictError';
  }
}

/**
 * Writes the draft only if it is still at `seenRev` (0: there was none), and returns the new revision.
 * The check and the write are one transaction, so two tabs cannot both win.
 */
export async function saveDraft(key: DataKey, form: string, values: Record<string, unknown>, now: Date, seenRev: number): Promise<number> {
  const rev = seenRev + 1;
  const id = await draftRowId(form);
  const row = await draftStore.seal(key, { id, form, values, updatedAt: now.toISOString(), rev });
  const conflict = await withDatabase((db) =>
    db.transaction('rw', db.drafts, async () => {
      const current = await db.drafts.get(id);
      if ((current?.rev ?? 0) !== seenRev) return current ?? null;
      await db.drafts.put(row);
      return undefined;
    }),
  );
  if (conflict !== undefined) throw new DraftConflictError(conflict ? await draftStore.open(key, conflict) : undefined);
  return rev;
}

/** Every draft on this tablet, anyone's, opened: for retention, which must find the ones naming a deleted pupil. */
export function allDrafts(key: DataKey): Promise<Draft[]> {
  return draftStore.all(key);
}

export async function loadDraft(key: DataKey, form: string): Promise<Draft | undefined> {
  return draftStore.get(key, await draftRowId(form));
}

export async function discardDraft(form: string): Promise<void> {
  return draftStore.remove(await draftRowId(form));
}

/**
 * Drafts stored under their plain name (before row ids were hashed), or under another school key,
 * moved to their hashed row id: at unlock, once. Each is written before the old row goes.
 */
export async function rekeyDrafts(key: DataKey): Promise<void> {
  // Read with `renew`: drafts sealed before their clear fields were bound are sealed again too.
  const { records } = await draftStore.allReadable(key, true);
  for (const draft of records) {
    const form = draft.form ?? draft.id;
    const id = await draftRowId(form);
    if (id === draft.id) continue;
    const row = await draftStore.seal(key, { ...draft, id, form });
    await withDatabase((db) =>
      db.transaction('rw', db.drafts, async () => {
        // A draft already saved under the new id is newer: the old one goes without overwriting it.
        if (!(await db.drafts.get(id))) await db.drafts.put(row);
        await db.drafts.delete(draft.id);
      }),
    );
  }
}

/**
 * The draft of one form, as the shared autosave hook wants it (src/ui/draft-storage.ts): conflicts are
 * answers, and every other failure is an Error with a Dutch message.
 */
export function draftStorage(key: DataKey, id: string) {
  const dutch = (error: unknown) => new Error(dutchMessage(error));
  return {
    id,
    load: () => loadDraft(key, id).catch((error: unknown) => Promise.reject(dutch(error))),
    async save(values: Record<string, unknown>, seenRev: number) {
      try {
        return { kind: 'saved' as const, rev: await saveDraft(key, id, values, clock.now(), seenRev) };
      } catch (error) {
        if (error instanceof DraftConflictError) return { kind: 'conflict' as const, theirs: error.current ?? null };
        throw dutch(error);
      }
    },
    discard: () => discardDraft(id).catch((error: unknown) => Promise.reject(dutch(error))),
  };
}

/**
 * A new record's form (a melding, a playground incident, a mailbox note) keeps its draft per person,
 * so whoever uses the tablet next never finds a colleague's half-typed entry. Without anyone chosen
 * (a school with no staff yet) the tablet's own draft is used.
 */
export function personalDraftId(form: string, staffId: string | null | undefined): string {
  return staffId ? `${form}:${staffId}` : form;
}

/**
 * Drafts from before they were kept per person go to the person who used this tablet last, once:
 * an update never discards input, and never shows it to someone else. Each is sealed again under
 * its new id (the seal is bound to the id), written before the old one goes.
 */
export async function adoptTabletDrafts(key: DataKey, forms: readonly string[], staffId: string): Promise<void> {
  // Looked up by id first: nothing is decrypted at an ordinary unlock, when there is nothing to adopt.
  const rowIds = await Promise.all(forms.map(draftRowId));
  const shared = await withDatabase((db) => db.drafts.bulkGet(rowIds));
  for (const [i, form] of forms.entries()) {
    if (shared[i] === undefined) continue;
    const old = await loadDraft(key, form);
    const personal = personalDraftId(form, staffId);
    if (!old || (await loadDraft(key, personal))) continue;
    const row = await draftStore.seal(key, { ...old, id: await draftRowId(personal), form: personal, rev: 1 });
    await withDatabase((db) =>
      db.transaction('rw', db.drafts, async () => {
        await db.drafts.put(row);
        await db.drafts.delete(rowIds[i]!);
      }),
    );
  }
}
