import { draftRowId } from './draft-ids';
import type { Incident } from '../domain/incidents/incident';
import { announceChange } from './change-feed';
import type { DataKey } from './crypto/cipher';
import { withDatabase } from './connection';
import { incidentStore } from './stores';

/** The playground log: a save is one encrypted put; undo removes exactly that entry. */
export async function saveIncident(key: DataKey, incident: Incident, draftId?: string): Promise<void> {
  const row = await incidentStore.seal(key, incident);
  // Worked out before the transaction: awaiting crypto inside it would let IndexedDB commit early.
  const draftRow = draftId ? await draftRowId(draftId) : undefined;
  await withDatabase((db) =>
    db.transaction('rw', db.incidents, db.drafts, async () => {
      await db.incidents.add(row);
      if (draftRow) await db.drafts.delete(draftRow);
    }),
  );
  announceChange('incidents');
}

export async function undoIncident(id: string): Promise<void> {
  await withDatabase((db) => db.incidents.delete(id));
  announceChange('incidents');
}
