import { describe, expect, it } from 'vitest';
import { applyRollover, gradeOf, planRollover, rolloverSchoolYear } from '../../src/domain/pupil-list/school-year-rollover';
import type { Group, Pupil } from '../../src/domain/pupils';

const groups: Group[] = [
  { id: 'g1', name: 'Groep 1', order: 1 },
  { id: 'g4a', name: 'Groep 4a', order: 4 },
  { id: 'g5a', name: 'Groep 5A', order: 5 },
  { id: 'g7', name: 'Groep 7', order: 7 },
  { id: 'g8', name: 'Groep 8', order: 8 },
  { id: 'combi', name: 'Combinatiegroep 1/2', order: 9 },
];
const pupil = (id: string, groupId: string, leftOn?: string): Pupil => ({ id, firstName: id, lastName: 'X', groupId, ...(leftOn ? { leftOn } : {}) });
const pupils = [pupil('a', 'g1'), pupil('b', 'g4a'), pupil('c', 'g5a'), pupil('d', 'g7'), pupil('e', 'g8'), pupil('f', 'g8'), pupil('old', 'g8', '2025-07-10'), pupil('k', 'combi')];

describe('the new school year', () => {
  it('reads a grade from the usual group names only', () => {
    expect(gradeOf('Groep 4a')).toEqual({ grade: 4, suffix: 'A' });
    expect(gradeOf('groep8')).toEqual({ grade: 8, suffix: '' });
    expect(gradeOf('Groep 1/2')).toBeNull();
    expect(gradeOf('Groep 9')).toBeNull();
  });

  it('moves every group up, lets groep 8 leave, and leaves what it cannot read for the school', () => {
    const plan = planRollover(groups, pupils);
    expect(plan.moves.map((m) => [m.from.name, m.toName, m.pupilIds])).toEqual([
      ['Groep 1', 'Groep 2', ['a']],
      ['Groep 4a', 'Groep 5A', ['b']],
      ['Groep 5A', 'Groep 6A', ['c']],
      ['Groep 7', 'Groep 8', ['d']],
    ]);
    // Someone who left last year does not leave again.
    expect(plan.leaving.map((l) => l.pupilIds)).toEqual([['e', 'f']]);
    expect(plan.unrecognized.map((u) => [u.group.name, u.count])).toEqual([['Combinatiegroep 1/2', 1]]);
    expect(plan.newGroups).toEqual(['Groep 2', 'Groep 6A']);
  });

  it('moves pupils into the existing group of the next grade, new groups in school order, and marks leavers with the day', () => {
    const plan = planRollover(groups, pupils);
    let n = 0;
    const result = applyRollover(plan, groups, pupils, '2027-07-15', () => `new${++n}`);
    expect(result.groups.map((g) => g.name)).toEqual(['Groep 2', 'Groep 6A']);
    const all = [...groups, ...result.groups].sort((x, y) => x.order - y.order).map((g) => g.name);
    expect(all).toEqual(['Groep 1', 'Groep 2', 'Groep 4a', 'Groep 5A', 'Groep 6A', 'Groep 7', 'Groep 8', 'Combinatiegroep 1/2']);
    const byId = new Map(result.pupils.map((p) => [p.id, p]));
    expect(byId.get('b')?.groupId).toBe('g5a');
    expect(byId.get('d')?.groupId).toBe('g8');
    expect(byId.get('e')?.leftOn).toBe('2027-07-15');
    expect(byId.get('e')?.groupId).toBe('g8');
    expect(byId.has('old')).toBe(false);
    expect(byId.has('k')).toBe(false);
  });

  it('keeps back a pupil who repeats the year, including in groep 8', () => {
    const plan = planRollover(groups, pupils, new Set(['b', 'f']));
    expect(plan.staying).toEqual(['b', 'f']);
    expect(plan.moves.find((m) => m.from.id === 'g4a')).toBeUndefined();
    expect(plan.leaving.map((l) => l.pupilIds)).toEqual([['e']]);
  });

  it('prepares the coming school year in June and July, the current one otherwise', () => {
    expect(rolloverSchoolYear('2027-06-20')).toBe('2027-2028');
    expect(rolloverSchoolYear('2027-07-31')).toBe('2027-2028');
    expect(rolloverSchoolYear('2027-08-20')).toBe('2027-2028');
    expect(rolloverSchoolYear('2027-05-31')).toBe('2026-2027');
  });
});
