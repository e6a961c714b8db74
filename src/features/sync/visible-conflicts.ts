import type { SyncConflict } from '../../data/sync/sync-engine';
import type { SchoolData } from '../../data/school-data';
import type { RoleView } from '../../domain/privacy/role-view';

/**
 * The differences between tablets this person may see and settle: all of them for the school's
 * administration (IVP, IB'er, directeur); for anyone else only meldingen, zaken and incidents their
 * role already shows them (`inView` is the data of their view), never another group's child.
 */
export function conflictsInView(conflicts: readonly SyncConflict[], view: RoleView, inView: { meldingen: readonly { id: string }[]; zaken: readonly { id: string }[] }): SyncConflict[] {
  if (view === 'alles') return [...conflicts];
  const ids = { meldingen: new Set(inView.meldingen.map((m) => m.id)), zaken: new Set(inView.zaken.map((z) => z.id)) };
  return conflicts.filter((c) => (c.table === 'meldingen' || c.table === 'zaken') && ids[c.table].has(c.id));
}

export const conflictsLine = (n: number): string => (n === 0 ? '' : n === 1 ? '1 verschil tussen tablets om te kiezen' : `${n} verschillen tussen tablets om te kiezen`);

/** What the difference is about, in a few words ("de zaak van Ties Oeverzegge"). */
export function what(conflict: SyncConflict, data: SchoolData): string {
  if (conflict.table === 'pupils') return 'een leerling';
  if (conflict.table === 'zaken') {
    const zaak = conflict.versions[0]!.record as { bulliedPupilId?: string };
    const pupil = data.pupils.find((p) => p.id === zaak.bulliedPupilId);
    return pupil ? `de zaak van ${pupil.firstName} ${pupil.lastName}` : 'een zaak';
  }
  if (conflict.table === 'meldingen') return 'een melding';
  if (conflict.table === 'staff') return 'een medewerker';
  if (conflict.table === 'school') return 'de instellingen van de school';
  return 'een gegeven';
}
