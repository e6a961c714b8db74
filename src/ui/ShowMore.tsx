import { useState } from 'preact/hooks';

/** A long list shows this many at first, and as many more per tap: years of records stay quick to draw and to scroll. */
export const PAGE_SIZE = 50;

/** The first items of a list, and a way to show more of them. */
export function usePage<T>(items: readonly T[]): { shown: readonly T[]; rest: number; more: () => void } {
  const [count, setCount] = useState(PAGE_SIZE);
  return { shown: items.slice(0, count), rest: Math.max(0, items.length - count), more: () => setCount(count + PAGE_SIZE) };
}

export function ShowMore({ rest, more, what }: { rest: number; more: () => void; what: string }) {
  if (rest === 0) return null;
  return (
    <button type="button" class="button button--secondary show-more" onClick={more}>
      Nog {Math.min(rest, PAGE_SIZE)} {what} tonen ({rest.toLocaleString('nl-NL')} nog niet getoond)
    </button>
  );
}
