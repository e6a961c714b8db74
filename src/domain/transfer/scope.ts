import type { Records } from './archive';

/** What goes in the file: everything (a backup), chosen zaken, or the incidents this user logged. */
export type TransferScope = { kind: 'alles' } | { kind: 'zaken'; zaakIds: string[] } | { kind: 'pleinincidenten'; staffId: string | null };

/** The pupil list, groups and staff always travel along: without them no record can be read. */
export function recordsInScope(all: Records, scope: TransferScope): Records {
  if (scope.kind === 'alles') return all;
  if (scope.kind === 'zaken') {
    const zaken = all.zaken.filter((z) => scope.zaakIds.includes(z.id));
    return { ...all, zaken, meldingen: all.meldingen.filter((m) => zaken.some((z) => z.meldingId === m.id)), incidents: [], prevention: [] };
  }
  return { ...all, zaken: [], meldingen: [], incidents: all.incidents.filter((i) => i.recordedBy === scope.staffId), prevention: [] };
}

