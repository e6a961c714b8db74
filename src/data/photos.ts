import type { Melding } from '../domain/melding';
import { announceChange } from './change-feed';
import { openBytes, sealBytes, type DataKey } from './crypto/cipher';
import { withDatabase } from './connection';
import { meldingStore } from './stores';

/** Photos of blue-mailbox notes: the image bytes are sealed like every other record. */

const context = (id: string) => `kring:photos:${id}`;

export interface Photo {
  id: string;
  type: string;
  bytes: Uint8Array;
}

/** The melding and its photo together, or neither. */
export async function saveMeldingWithPhoto(key: DataKey, melding: Melding, photo: Photo | null, draftId?: string): Promise<void> {
  const [meldingRow, sealed] = await Promise.all([
    meldingStore.seal(key, melding),
    photo ? sealBytes(key, photo.bytes, context(photo.id)) : Promise.resolve(null),
  ]);
  await withDatabase((db) =>
    db.transaction('rw', db.meldingen, db.photos, db.drafts, async () => {
      await db.meldingen.add(meldingRow);
      if (photo && sealed) await db.photos.add({ id: photo.id, meldingId: melding.id, type: photo.type, sealed });
      if (draftId) await db.drafts.delete(draftId);
    }),
  );
  announceChange('meldingen');
}

export async function loadPhoto(key: DataKey, id: string): Promise<Blob | null> {
  const row = await withDatabase((db) => db.photos.get(id));
  if (!row) return null;
  const bytes = await openBytes(key, row.sealed, context(id));
  return new Blob([bytes], { type: typeof row.type === 'string' ? row.type : 'image/jpeg' });
}
