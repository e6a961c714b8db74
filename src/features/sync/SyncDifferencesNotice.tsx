import type { SchoolData } from '../../data/school-data';
import { href } from '../../ui/routes';
import { useRoleView } from '../session/role-access';
import { useSync } from './sync-store';
import { conflictsInView, conflictsLine } from './visible-conflicts';

/** On the start screen: a difference between tablets waits for this person's choice. */
export function SyncDifferencesNotice({ data }: { data: SchoolData }) {
  const status = useSync((s) => s.status);
  const view = useRoleView(data);
  const n = status ? conflictsInView(status.conflicts, view, data).length : 0;
  if (n === 0) return null;
  return (
    <p class="notice notice--warning">
      <a href={href({ name: 'instellingen' })}>{conflictsLine(n)}</a>: twee tablets hebben hetzelfde gegeven verschillend gewijzigd.
    </p>
  );
}
