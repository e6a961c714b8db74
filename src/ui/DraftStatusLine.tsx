import { formatTime } from '../domain/dates';
import type { DraftStatus } from './use-autosaved-form';

export interface DraftStatusLineProps {
  status: DraftStatus;
  onResolve: (choice: 'theirs' | 'mine') => void;
}

/** Tells, quietly, that what is typed is kept; and loudly when another tab changed the same draft. */
export function DraftStatusLine({ status, onResolve }: DraftStatusLineProps) {
  if (status.kind === 'conflict')
    return (
      <div role="alert" class="notice notice--error" data-testid="draft-status" data-state="conflict">
        <p>
          {status.theirs
            ? 'Dit concept is intussen in een ander tabblad gewijzigd. Wat u hier typt, is nog niet bewaard.'
            : 'Dit concept is intussen in een ander tabblad opgeslagen of weggegooid. Wat u hier typt, is nog niet bewaard.'}
        </p>
        <div class="actions">
          {status.theirs && (
            <button type="button" class="button" onClick={() => onResolve('theirs')}>
              Andere versie laden
            </button>
          )}
          <button type="button" class="button" onClick={() => onResolve('mine')}>
            Mijn versie bewaren
          </button>
        </div>
      </div>
    );
  const text = (() => {
    switch (status.kind) {
      case 'loading':
      case 'empty':
        return 'Wat u typt, wordt automatisch als concept bewaard.';
      case 'saving':
        return 'Concept wordt bewaard…';
      case 'saved':
        return `Concept bewaard om ${formatTime(status.at)}.`;
      case 'restored':
        return `Concept van ${formatTime(status.at)} teruggezet.`;
      case 'error':
        return `Concept niet bewaard: ${status.message}`;
    }
    return '';
  })();
  return (
    <p class={`draft-status${status.kind === 'error' ? ' draft-status--error' : ''}`} role="status" data-testid="draft-status" data-state={status.kind}>
      {text}
    </p>
  );
}
