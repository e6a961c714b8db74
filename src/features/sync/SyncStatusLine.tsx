import type { SchoolData } from '../../data/school-data';
import { href } from '../../ui/routes';
import { useRoleView } from '../session/role-access';
import { conflictsInView, conflictsLine } from './visible-conflicts';
import { useSync } from './sync-store';
import { statusLine } from './sync-texts';

/** While sync is on, every screen says in one line whether this tablet is up to date. */
export function SyncStatusLine({ data }: { data: SchoolData }) {
  const status = useSync((s) => s.status);
  const view = useRoleView(data);
  if (!status) return null;
  const conflicts = conflictsInView(status.conflicts, view, data).length;
  // All well: a quiet line (hidden on phones, where the top bar must stay small). Anything to do or
  // to know: a line that leads to the settings, where the state and the choices are.
  const aside = status.setAside?.length ?? 0;
  const calm = status.problem === null && status.pending === 0 && conflicts === 0 && aside === 0;
  if (calm)
    return (
      <span class="topbar__sync topbar__sync--calm" role="status">
        {statusLine(status)}
      </span>
    );
  return (
    <span class={`topbar__sync topbar__sync--attention${status.problem && status.problem !== 'unreachable' ? ' topbar__sync--trouble' : ''}`} role="status">
      <a href={href({ name: 'instellingen' })}>{[status.problem || status.pending > 0 || aside > 0 ? statusLine(status) : '', conflictsLine(conflicts)].filter(Boolean).join(' · ')}</a>
    </span>
  );
}
