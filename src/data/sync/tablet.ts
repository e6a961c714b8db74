import { toHex } from '../crypto/encoding';
import { withDatabase } from '../connection';
import { META_TABLET } from './sync-rows';

/**
 * This tablet's name among the school's tablets: a random id, and a short label colleagues can read
 * off the screen ("Tablet 3F2A") to tell which checkpoint is whose. Kept beside what sync exchanged,
 * and kept when sync is turned off and on again, so a tablet stays the same tablet to the others.
 */
export interface Tablet {
  id: string;
  label: string;
}

export async function thisTablet(): Promise<Tablet> {
  return withDatabase((db) =>
    db.transaction('rw', db.syncRows, async () => {
      const known = await db.syncRows.get(META_TABLET);
      if (known) return JSON.parse(known.mark) as Tablet;
      const id = toHex(crypto.getRandomValues(new Uint8Array(12)));
      const tablet = { id, label: `Tablet ${id.slice(0, 4).toUpperCase()}` };
      await db.syncRows.put({ docId: META_TABLET, row: META_TABLET, rev: '', mark: JSON.stringify(tablet) });
      return tablet;
    }),
  );
}
