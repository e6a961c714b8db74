import type { SchoolData } from '../../data/school-data';
import { href } from '../../ui/routes';
import { useRoleView } from '../session/role-access';
import { useSync } from './sync-store';
import { conflictsInView, conflictsLine, what } from './visible-conflicts';

/** On the start screen: a difference between tablets waits for this person's choice. */
export function SyncDifferencesNotice({ data }: { data: SchoolData }) {
  const status = useSync((s) => s.status);
  const view = useRoleView(data);
  const conflicts = status ? conflictsInView(status.conflicts, view, data) : [];
  if (conflicts.length === 0) return null;
  const about = new Intl.ListFormat('nl', { type: 'conjunction' }).format([...new Set(conflicts.map((c) => what(c, data)))]);
  return (
    <p class="notice notice--warning">
      <a href={href({ name: 'instellingen' })}>{conflictsLine(conflicts.length)}</a>: twee tablets hebben {about} verschillend gewijzigd.
    </p>
  );
}
