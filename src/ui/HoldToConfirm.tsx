import { useEffect, useRef, useState } from 'preact/hooks';

/** How long the button must be held: longer than any tap a child makes by accident. */
export const HOLD_MS = 1500;

/**
 * A step a child will not take by accident: hold the button down (finger, mouse, or Enter/Space) for
 * HOLD_MS, then confirm. Letting go early does nothing.
 */
export function HoldToConfirm({ label, question, confirmLabel, cancelLabel, onConfirm }: { label: string; question: string; confirmLabel: string; cancelLabel: string; onConfirm: () => void }) {
  const [holding, setHolding] = useState(false);
  const [asking, setAsking] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const start = () => {
    if (timer.current !== undefined) return;
    setHolding(true);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      setHolding(false);
      setAsking(true);
    }, HOLD_MS);
  };
  const stop = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    setHolding(false);
  };
  useEffect(() => stop, []);
  const dialog = useRef<HTMLDivElement>(null);
  // The question appears where the button was: bring it into view and announce it.
  useEffect(() => {
    if (asking) {
      dialog.current?.scrollIntoView({ block: 'nearest' });
      dialog.current?.focus();
    }
  }, [asking]);

  if (asking)
    return (
      <div ref={dialog} tabIndex={-1} class="hold-confirm" role="alertdialog" aria-labelledby="hold-confirm-question">
        <p id="hold-confirm-question">{question}</p>
        <div class="actions">
          <button type="button" class="button button--primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" class="button" onClick={() => setAsking(false)}>
            {cancelLabel}
          </button>
        </div>
      </div>
    );
  return (
    <button
      type="button"
      class={`button hold-button${holding ? ' hold-button--holding' : ''}`}
      aria-describedby="hold-hint"
      onPointerDown={start}
      onPointerUp={stop}
      onPointerLeave={stop}
      onPointerCancel={stop}
      onContextMenu={(e) => e.preventDefault()}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), start())}
      onKeyUp={(e) => (e.key === 'Enter' || e.key === ' ') && stop()}
    >
      {label}
      <span id="hold-hint" class="hold-button__hint">
        {holding ? 'Blijf vasthouden…' : 'Houd ingedrukt'}
      </span>
    </button>
  );
}
