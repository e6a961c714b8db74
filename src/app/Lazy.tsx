import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loader<P> = () => Promise<ComponentType<P>>;

/** Screens whose chunk has come, by their loader: a Lazy of one of these draws it in the same frame. */
const loaded = new WeakMap<object, unknown>();

/** Fetches a screen's chunk ahead of its use (at the start, or while a passphrase is typed). */
export async function preloadScreen<P>(load: Loader<P>): Promise<void> {
  loaded.set(load, await load());
}

/**
 * Renders a screen from a chunk that is fetched on first use, keeping the first screen's JS small.
 * Chunks come from the service worker's precache, so this works offline too.
 */
export function Lazy<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  const [, drawAgain] = useState(0);
  const [failedFor, setFailedFor] = useState<Loader<P> | null>(null);
  // The same Lazy may be handed another loader (the first-start guide, then the start screen).
  const Screen = loaded.get(load) as ComponentType<P> | undefined;
  useEffect(() => {
    if (loaded.has(load)) return;
    let active = true;
    load()
      .then((component) => {
        loaded.set(load, component);
        if (active) drawAgain((n) => n + 1);
      })
      .catch(() => active && setFailedFor(() => load));
    return () => {
      active = false;
    };
  }, [load]);
  if (failedFor === load)
    return (
      <p role="alert" class="notice notice--error">
        Dit scherm kon niet worden geladen. Herlaad de pagina.
      </p>
    );
  if (!Screen) return <p class="loading">Laden…</p>;
  return <Screen {...props} />;
}
