import type { DataKey } from '../crypto/cipher';
import { withDatabase } from '../connection';
import { groupStore, incidentStore, meldingStore, pupilStore, staffStore, zaakStore } from '../stores';
import { buildDemoSchool } from './demo-school';

/** Writes the demo school into a freshly created store, all in one transaction. */
export async function loadDemoSchool(key: DataKey, now: Date): Promise<void> {
  const demo = buildDemoSchool(now);
  const [groups, pupils, staff, meldingen, zaken, incidents] = await Promise.all([
    Promise.all(demo.groups.map((g) => groupStore.seal(key, g))),
    Promise.all(demo.pupils.map((p) => pupilStore.seal(key, p))),
    Promise.all(demo.staff.map((s) => staffStore.seal(key, s))),
    Promise.all(demo.meldingen.map((m) => meldingStore.seal(key, m))),
    Promise.all(demo.zaken.map((z) => zaakStore.seal(key, z))),
    Promise.all(demo.incidents.map((i) => incidentStore.seal(key, i))),
  ]);
  await withDatabase((db) =>
    db.transaction('rw', [db.groups, db.pupils, db.staff, db.meldingen, db.zaken, db.incidents], async () => {
      await db.groups.bulkPut(groups);
      await db.pupils.bulkPut(pupils);
      await db.staff.bulkPut(staff);
      await db.meldingen.bulkPut(meldingen);
      await db.zaken.bulkPut(zaken);
      await db.incidents.bulkPut(incidents);
    }),
  );
}
