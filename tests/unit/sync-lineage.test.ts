import { describe, expect, it } from 'vitest';
import { MAX_AFTER, nextLineage, relation } from '../../src/data/sync/sync-lineage';

/** Which of two versions is newer, told only by what the sealed versions say of their past. */
describe('the lineage of a record’s versions', () => {
  const v1 = { v: 1, after: [], hash: 'h1' };
  const v2 = { ...nextLineage({ ver: 1, hash: 'h1', after: [] }), hash: 'h2' };
  const held = (x: { v: number; after: string[]; hash: string; of?: string }) => ({ ver: x.v, hash: x.hash, after: x.after, of: x.of });

  it('tells a version carried further from one served again, and from a rival', () => {
    expect(v2).toEqual({ v: 2, after: ['h1'], hash: 'h2' });
    expect(relation(held(v1), v2)).toBe('later');
    expect(relation(held(v2), v1)).toBe('earlier');
    expect(relation(held(v2), v2)).toBe('same');
    // Written elsewhere from v1 without seeing v2.
    expect(relation(held(v2), { v: 2, after: ['h1'], hash: 'h2b' })).toBe('rival');
    // Nothing held with a lineage: whatever arrives moves on.
    expect(relation(undefined, v1)).toBe('later');
  });

  it('a merge follows both versions it joins; a version sent again names what it repeats', () => {
    const rival = { v: 2, after: ['h1'], hash: 'h2b' };
    const merged = { ...nextLineage(held(v2), [rival]), hash: 'h3' };
    expect(merged.v).toBe(3);
    expect(merged.after.slice(0, 2)).toEqual(['h2', 'h2b']);
    expect(relation(held(rival), merged)).toBe('later');
    // v2 sent again (over a tombstone, say) is no newer than a version that holds v2.
    const again = { v: 4, after: ['h3', 'h2', 'h1'], hash: 'h4', of: 'h2' };
    expect(relation(held({ v: 5, after: ['h2', 'h1'], hash: 'h5' }), again)).toBe('covered');
    expect(relation(held(again), { v: 5, after: ['h2', 'h1'], hash: 'h5' })).toBe('later');
  });

  it('a document from before lineage is never taken over a version that has it, nor silently dropped', () => {
    // A tablet not yet updated writes without lineage: set beside the held version and merged.
    expect(relation(held(v2), { v: 0, after: [], hash: 'legacy' })).toBe('rival');
    expect(relation({ ver: 0 }, { v: 0, after: [], hash: 'legacy' })).toBe('later');
  });

  it('is bounded: a version far behind is older, one far ahead is newer', () => {
    const far = { ver: 100, hash: 'h100', after: Array.from({ length: MAX_AFTER }, (_, i) => `h${99 - i}`) };
    expect(relation(far, { v: 100 - MAX_AFTER, after: [], hash: 'old' })).toBe('earlier');
    expect(relation({ ver: 1, hash: 'h1', after: [] }, { v: 1 + MAX_AFTER, after: ['x'], hash: 'new' })).toBe('later');
    expect(nextLineage(far).after).toHaveLength(MAX_AFTER);
  });
});
