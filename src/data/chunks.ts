/** Rows at a time for long work: the size Dexie's bulk operations like. */
export const CHUNK = 1000;

/**
 * Work over many rows a chunk at a time, with a turn for the page between chunks (a tap is never
 * held up for long); `onChunk` hears how many are done.
 */
export async function inChunks<T, R>(items: readonly T[], work: (chunk: readonly T[]) => Promise<R>, onChunk?: (done: number) => void): Promise<R[]> {
  const results: R[] = [];
  for (let at = 0; at < items.length; at += CHUNK) {
    results.push(await work(items.slice(at, at + CHUNK)));
    onChunk?.(Math.min(at + CHUNK, items.length));
    if (items.length > CHUNK) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return results;
}
