import { useState } from 'preact/hooks';

/** A long list shows this many at first, and as many more per tap: years of records stay quick to draw and to scroll. */
export const PAGE_SIZE = 50;

/**
 * How far each list was opened, until the page reloads: back from a zaak, the list is as long as it
 * was. Counts only, nothing of a record.
 */
const shownBefore = new Map<string, number>();

/** The first items of a list, and a way to show more of them; `list` names it, to remember how far it was opened. */
export function usePage<T>(items: readonly T[], list: string): { shown: readonly T[]; rest: number; more: () => void } {
  const [count, setCount] = useState(shownBefore.get(list) ?? PAGE_SIZE);
  const more = () => {
    shownBefore.set(list, count + PAGE_SIZE);
    setCount(count + PAGE_SIZE);
  };
  return { shown: items.slice(0, count), rest: Math.max(0, items.length - count), more };
}

export function ShowMore({ rest, more, what }: { rest: number; more: () => void; what: string }) {
  if (rest === 0) return null;
  return (
    <button type="button" class="button button--secondary show-more" onClick={more}>
      {rest <= PAGE_SIZE ? `De laatste ${rest.toLocaleString('nl-NL')} ${what} tonen` : `Nog ${PAGE_SIZE} ${what} tonen (${rest.toLocaleString('nl-NL')} nog niet getoond)`}
    </button>
  );
}
