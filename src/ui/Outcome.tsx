import { useEffect, useRef } from 'preact/hooks';

/**
 * What the last action did: a quiet status when it worked, an alert when it did not. With `inView`,
 * a new message is brought into view and focused: for screens where the action's button may sit far
 * below the message (a long list, a card that closes after saving).
 */
export function Outcome({ status, error, inView = false }: { status?: string | null; error?: string | null; inView?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const message = status ?? error ?? null;
  useEffect(() => {
    if (!inView || !message || !ref.current) return;
    ref.current.scrollIntoView({ block: 'center' });
    ref.current.focus({ preventScroll: true });
  }, [message, inView]);
  return (
    <>
      {status && (
        <p role="status" class="notice" ref={ref} tabIndex={inView ? -1 : undefined}>
          {status}
        </p>
      )}
      {error && (
        <p role="alert" class="notice notice--error" ref={status ? undefined : ref} tabIndex={inView ? -1 : undefined}>
          {error}
        </p>
      )}
    </>
  );
}
