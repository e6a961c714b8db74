import { href } from '../../ui/routes';
import { useSync } from './sync-store';
import { statusLine } from './sync-texts';

/** While sync is on, every screen says in one line whether this tablet is up to date. */
export function SyncStatusLine() {
  const status = useSync((s) => s.status);
  if (!status) return null;
  const trouble = status.problem !== null && status.problem !== 'unreachable';
  return (
    <span class={`topbar__sync${trouble ? ' topbar__sync--trouble' : ''}`} role="status">
      <a href={href({ name: 'instellingen' })}>
        {statusLine(status)}
        {status.conflicts.length > 0 && ` · ${status.conflicts.length === 1 ? '1 verschil' : `${status.conflicts.length} verschillen`} om te kiezen`}
      </a>
    </span>
  );
}
