import { href } from '../../ui/routes';
import { useSync } from './sync-store';
import { statusLine } from './sync-texts';

/** While sync is on, every screen says in one line whether this tablet is up to date. */
export function SyncStatusLine() {
  const status = useSync((s) => s.status);
  if (!status) return null;
  // All well: a quiet line (hidden on phones, where the top bar must stay small). Anything to do or
  // to know: a line that leads to the settings, where the state and the choices are.
  const calm = status.problem === null && status.pending === 0 && status.conflicts.length === 0;
  if (calm)
    return (
      <span class="topbar__sync topbar__sync--calm" role="status">
        {statusLine(status)}
      </span>
    );
  return (
    <span class={`topbar__sync topbar__sync--attention${status.problem && status.problem !== 'unreachable' ? ' topbar__sync--trouble' : ''}`} role="status">
      <a href={href({ name: 'instellingen' })}>{[status.problem || status.pending > 0 ? statusLine(status) : '', conflictsLine(status.conflicts.length)].filter(Boolean).join(' · ')}</a>
    </span>
  );
}

const conflictsLine = (n: number) => (n === 0 ? '' : n === 1 ? '1 verschil om te kiezen' : `${n} verschillen om te kiezen`);
