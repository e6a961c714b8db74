import { draftRowId } from './draft-ids';
import type { Melding } from '../domain/melding';
import { announceChange } from './change-feed';
import { openBytes, sealBytes, WrongKeyError, type DataKey } from './crypto/cipher';
import type { SealedRow } from './db';
import { boundContext, legacyContext } from './row-context';
import { database, withDatabase } from './connection';
import { readDeviceSettings, writeDeviceSettings } from './device-settings';
import { meldingStore } from './stores';

/** Photos of blue-mailbox notes: the image bytes are sealed like every other record. */


export interface Photo {
  id: string;
  type: string;
  bytes: Uint8Array;
}

/** The melding and its photo together, or neither. */
export async function saveMeldingWithPhoto(key: DataKey, melding: Melding, photo: Photo | null, draftId?: string): Promise<void> {
  const [meldingRow, sealed] = await Promise.all([
    meldingStore.seal(key, melding),
    photo ? sealBytes(key, photo.bytes, boundContext('photos', { id: photo.id, type: photo.type })) : Promise.resolve(null),
  ]);
  const draftRow = draftId ? await draftRowId(draftId) : undefined;
  await withDatabase((db) =>
    db.transaction('rw', db.meldingen, db.photos, db.drafts, async () => {
      await db.meldingen.add(meldingRow);
      // No melding id beside the photo: the melding holds the link (mailbox.photoId), sealed.
      if (photo && sealed) await db.photos.add({ id: photo.id, type: photo.type, sealed });
      if (draftRow) await db.drafts.delete(draftRow);
    }),
  );
  announceChange('meldingen');
}

export async function loadPhoto(key: DataKey, id: string): Promise<Blob | null> {
  const row = await withDatabase((db) => db.photos.get(id));
  if (!row) return null;
  const bytes = await openPhoto(key, row);
  return new Blob([bytes], { type: typeof row.type === 'string' ? row.type : 'image/jpeg' });
}

/** A photo's bytes, bound to its melding and type (or, written before they were bound, to its id alone). */
async function openPhoto(key: DataKey, row: SealedRow): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await openBytes(key, row.sealed, boundContext('photos', row));
  } catch (error) {
    if (!(error instanceof WrongKeyError)) throw error;
    return openBytes(key, row.sealed, legacyContext('photos', row.id));
  }
}

/** Photos sealed before their type was bound are sealed again with it; ids of photos that open under neither, returned. */
export async function renewPhotos(key: DataKey): Promise<string[]> {
  // Once per store: a photo is written bound, so only a store from before version 7 has others, and
  // opening every photo at every unlock would cost more each year.
  const store = database().name;
  const { photosBoundIn } = await readDeviceSettings();
  if (photosBoundIn.includes(store)) return [];
  const rows = await withDatabase((db) => db.photos.toArray());
  const damaged: string[] = [];
  for (const row of rows) {
    try {
      await openBytes(key, row.sealed, boundContext('photos', row));
    } catch {
      try {
        const bytes = await openBytes(key, row.sealed, legacyContext('photos', row.id));
        const sealed = await sealBytes(key, bytes, boundContext('photos', row));
        await withDatabase((db) => db.photos.put({ ...row, sealed }));
      } catch {
        damaged.push(row.id);
      }
    }
  }
  await writeDeviceSettings({ photosBoundIn: [...photosBoundIn, store] });
  return damaged;
}
