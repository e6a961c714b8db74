import type { SyncConflict } from '../../data/sync/sync-engine';
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
