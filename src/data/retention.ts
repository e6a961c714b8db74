import type { Rewritten } from '../domain/privacy/forget-names';
import type { DeletionLogEntry, RetentionPlan } from '../domain/privacy/retention';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { withDatabase } from './connection';
import { deletionLogStore, incidentStore, meldingStore, zaakStore } from './stores';
import { choiceSubject } from '../domain/version-choice';

/**
 * Carries out a retention plan in one transaction: the records, their photos and drafts, the staying
 * records rewritten without the deleted pupils' names, and the log entry go together, so a deletion
 * is never half done and never unlogged.
 */
/** `draftIds`: the row ids of every draft that names a deleted pupil or zaak (see draftsToForget); they go in the same transaction. */
/** `readIds`: the alert reads that name a deleted record (readsToForget). */
export async function runRetention(key: DataKey, plan: RetentionPlan, entry: Omit<DeletionLogEntry, 'counts'>, rewritten: Rewritten, draftIds: readonly string[] = [], readIds: readonly string[] = []): Promise<DeletionLogEntry> {
  const photoIds = (await withDatabase((db) => db.photos.where('id').anyOf(plan.photoIds).primaryKeys())) as string[];
  const logged: DeletionLogEntry = {
    ...entry,
    counts: {
      pupils: plan.pupilIds.length,
      zaken: plan.zaakIds.length,
      meldingen: plan.meldingIds.length,
      incidents: plan.incidentIds.length,
      photos: photoIds.length,
    },
  };
  // Sealed before the transaction: awaiting crypto inside it would let IndexedDB commit early.
  const logRow = await deletionLogStore.seal(key, logged);
  const [meldingRows, zaakRows, incidentRows] = await Promise.all([
    Promise.all(rewritten.meldingen.map((m) => meldingStore.seal(key, m))),
    Promise.all(rewritten.zaken.map((z) => zaakStore.seal(key, z))),
    Promise.all(rewritten.incidents.map((i) => incidentStore.seal(key, i))),
  ]);
  // A choice between versions of a deleted record (or of one rewritten without a deleted child's
  // name) may quote what the record said: it goes with it.
  const subjects = [
    ...plan.pupilIds.map((id) => choiceSubject('pupils', id)),
    ...[...plan.zaakIds, ...rewritten.zaken.map((z) => z.id)].map((id) => choiceSubject('zaken', id)),
    ...[...plan.meldingIds, ...rewritten.meldingen.map((m) => m.id)].map((id) => choiceSubject('meldingen', id)),
    ...[...plan.incidentIds, ...rewritten.incidents.map((i) => i.id)].map((id) => choiceSubject('incidents', id)),
  ];
  await withDatabase((db) =>
    db.transaction('rw', [db.pupils, db.zaken, db.meldingen, db.incidents, db.photos, db.drafts, db.deletionLog, db.alertReads, db.versionChoices], async () => {
      await Promise.all([
        db.pupils.bulkDelete(plan.pupilIds),
        db.zaken.bulkDelete(plan.zaakIds),
        db.meldingen.bulkDelete(plan.meldingIds),
        db.incidents.bulkDelete(plan.incidentIds),
        db.photos.bulkDelete(plan.photoIds),
        // Every draft that names a deleted pupil or zaak (a half-written conversation, the pupil's own
        // settings form): found by their sealed names, since row ids name nothing.
        db.drafts.bulkDelete([...draftIds]),
        db.alertReads.bulkDelete([...readIds]),
        db.versionChoices.where('subject').anyOf(subjects).delete(),
      ]);
      await Promise.all([db.meldingen.bulkPut(meldingRows), db.zaken.bulkPut(zaakRows), db.incidents.bulkPut(incidentRows)]);
      await db.deletionLog.put(logRow);
    }),
  );
  announceChange('retention');
  return logged;
}
