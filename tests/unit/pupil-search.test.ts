import { describe, expect, it } from 'vitest';
import { searchPupils } from '../../src/domain/pupil-search';
import type { Group, Pupil } from '../../src/domain/pupils';

const groups: Group[] = [
  { id: 'g1', name: 'Groep 1', order: 1 },
  { id: 'g5', name: 'Groep 5', order: 5 },
];
const pupils: Pupil[] = [
  { id: '1', firstName: 'Zoë', lastName: 'van der Berg', groupId: 'g5' },
  { id: '2', firstName: 'Daan', lastName: 'Çelik', groupId: 'g1' },
  { id: '3', firstName: 'Emma', lastName: 'Zonnedauw', groupId: 'g5' },
  { id: '4', firstName: 'Bram', lastName: 'Eikenlaar', groupId: 'g1', leftOn: '2026-07-10' },
];
const names = (query: Parameters<typeof searchPupils>[2]) => searchPupils(pupils, groups, query).map((p) => p.firstName);

describe('searching pupils', () => {
  it('ignores case and diacritics', () => {
    expect(names({ text: 'zoe' })).toEqual(['Zoë']);
    expect(names({ text: 'celik' })).toEqual(['Daan']);
  });
  it('matches the start of any name part, and all typed words', () => {
    expect(names({ text: 'berg' })).toEqual(['Zoë']);
    expect(names({ text: 'z' })).toEqual(['Emma', 'Zoë']);
    expect(names({ text: 'emma zon' })).toEqual(['Emma']);
    expect(names({ text: 'mma' })).toEqual([]);
  });
  it('filters by group and lists in group order', () => {
    expect(names({ text: '', groupId: 'g5' })).toEqual(['Emma', 'Zoë']);
    expect(names({ text: '' })).toEqual(['Daan', 'Emma', 'Zoë']);
  });
  it('leaves out pupils who left the school', () => {
    expect(names({ text: 'bram' })).toEqual([]);
  });
});
