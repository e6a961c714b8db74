import { useState } from 'preact/hooks';
import { anyFormHasInput } from '../ui/draft-registry';
import { useUpdate } from './update-store';

export function UpdateBanner() {
  const { available, apply } = useUpdate();
  const [busy, setBusy] = useState(false);
  if (!available || !apply) return null;
  return (
    <div class="banner" role="status">
      <span>
        Er is een nieuwe versie van Kring.
        {anyFormHasInput() && ' Wat u hebt ingevuld, wordt eerst bewaard.'}
      </span>
      <button
        type="button"
        class="button button--small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void apply().finally(() => setBusy(false));
        }}
      >
        Nieuwe versie beschikbaar — bijwerken
      </button>
    </div>
  );
}
