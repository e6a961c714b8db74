import type { DraftStatus } from './use-autosaved-form';

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** Tells, quietly, that what is typed is kept. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const text = (() => {
    switch (status.kind) {
      case 'loading':
      case 'empty':
        return 'Wat u typt, wordt automatisch als concept bewaard.';
      case 'saving':
        return 'Concept wordt bewaard…';
      case 'saved':
        return `Concept bewaard om ${time.format(status.at)}.`;
      case 'restored':
        return `Concept van ${time.format(status.at)} teruggezet.`;
      case 'error':
        return `Concept niet bewaard: ${status.message}`;
    }
  })();
  return (
    <p class={`draft-status${status.kind === 'error' ? ' draft-status--error' : ''}`} role="status" data-testid="draft-status">
      {text}
    </p>
  );
}
