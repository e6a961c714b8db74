import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders a screen from a chunk that is fetched on first use, keeping the first screen's JS small.
 * Chunks come from the service worker's precache, so this works offline too.
 */
export function Lazy<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [Screen, setScreen] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let active = true;
    load()
      .then((component) => active && setScreen(() => component))
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, [load]);
  if (failed)
    return (
      <p role="alert" class="notice notice--error">
        Dit scherm kon niet worden geladen. Herlaad de pagina.
      </p>
    );
  if (!Screen) return <p class="loading">Laden…</p>;
  return <Screen {...props} />;
}
