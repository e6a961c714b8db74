import { draftRowId } from './draft-ids';
import type { Melding, MeldingInput } from '../domain/melding';
import type { DataKey } from './crypto/cipher';
import { announceChange } from './change-feed';
import { withDatabase } from './connection';
import { meldingStore } from './stores';

/** Saving a melding and dropping its draft happen in one transaction: either both or neither. */
export async function saveNewMelding(
  key: DataKey,
  input: MeldingInput,
  context: { id: string; now: Date; recordedBy?: string; draftId?: string },
): Promise<Melding> {
  const at = context.now.toISOString();
  const melding: Melding = {
    ...input,
    id: context.id,
    status: 'nieuw',
    createdAt: at,
    updatedAt: at,
    ...(context.recordedBy ? { recordedBy: context.recordedBy } : {}),
  };
  const row = await meldingStore.seal(key, melding);
  const draftRow = context.draftId ? await draftRowId(context.draftId) : undefined;
  // Without a draft to drop, the write is one table's: a wider transaction only costs time.
  await withDatabase<unknown>((db) =>
    draftRow
      ? db.transaction('rw', db.meldingen, db.drafts, async () => {
          await db.meldingen.add(row);
          await db.drafts.delete(draftRow);
        })
      : db.meldingen.add(row),
  );
  announceChange('meldingen');
  return melding;
}

export function loadMeldingen(key: DataKey): Promise<Melding[]> {
  return meldingStore.all(key);
}
