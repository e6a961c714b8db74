import type { Zaak } from '../domain/case/zaak';
import type { Melding } from '../domain/melding';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { withDatabase } from './connection';
import { KringError } from './errors';
import { meldingStore, zaakStore } from './stores';

/** Writing zaken: each write checks that nobody changed the record since the screen read it. */

export const changedElsewhere =
  'Deze gegevens zijn intussen op een ander scherm of tabblad gewijzigd. Er is niets overschreven: bekijk de nieuwe stand en probeer het opnieuw.';

/** The melding's triage and the zaken it opens, together or not at all. */
export async function saveTriage(key: DataKey, melding: Melding, zaken: Zaak[], draftId?: string): Promise<void> {
  const [meldingRow, ...zaakRows] = await Promise.all([meldingStore.seal(key, melding), ...zaken.map((z) => zaakStore.seal(key, z))]);
  await withDatabase((db) =>
    db.transaction('rw', db.meldingen, db.zaken, db.drafts, async () => {
      const current = await db.meldingen.get(melding.id);
      if (current?.status !== 'nieuw') throw new KringError(changedElsewhere);
      await db.meldingen.put(meldingRow!);
      await db.zaken.bulkAdd(zaakRows);
      if (draftId) await db.drafts.delete(draftId);
    }),
  );
  announceChange('zaken');
}

/**
 * Saves a changed zaak over the revision it was read at (its rev minus one), dropping the
 * conversation's draft in the same transaction.
 */
export async function saveZaak(key: DataKey, zaak: Zaak, draftId?: string): Promise<void> {
  const row = await zaakStore.seal(key, zaak);
  await withDatabase((db) =>
    db.transaction('rw', db.zaken, db.drafts, async () => {
      const current = await db.zaken.get(zaak.id);
      if (!current || current.rev !== zaak.rev - 1) throw new KringError(changedElsewhere);
      await db.zaken.put(row);
      if (draftId) await db.drafts.delete(draftId);
    }),
  );
  announceChange('zaken');
}
