import { schoolYearOf } from '../dates';
import type { Group, Pupil } from '../pupils';

/**
 * The summer step: every pupil moves up one groep, groep 8 leaves the school. Pupils who left keep
 * their place in meldingen and zaken, marked as left, until the retention period is over.
 */

export const LAST_GRADE = 8;

/** "Groep 4" → 4, "groep 5b" → 5 with "B". Combination groups ("Groep 1/2") are not one grade. */
export function gradeOf(groupName: string): { grade: number; suffix: string } | null {
  const match = /^groep\s*([1-8])\s*([a-z]?)$/i.exec(groupName.trim());
  return match ? { grade: Number(match[1]), suffix: match[2]!.toUpperCase() } : null;
}

export interface RolloverPlan {
  moves: { from: Group; toName: string; pupilIds: string[] }[];
  leaving: { from: Group; pupilIds: string[] }[];
  /** Groups whose grade Kring cannot read: their pupils stay where they are, to move by hand. */
  unrecognized: { group: Group; count: number }[];
  /** Pupils the school keeps back a year (doublure): they stay in their group. */
  staying: string[];
  newGroups: string[];
}

export function planRollover(groups: readonly Group[], pupils: readonly Pupil[], keepBack: ReadonlySet<string> = new Set()): RolloverPlan {
  const plan: RolloverPlan = { moves: [], leaving: [], unrecognized: [], staying: [], newGroups: [] };
  const present = pupils.filter((p) => !p.leftOn);
  for (const group of groups) {
    const inGroup = present.filter((p) => p.groupId === group.id);
    const moving = inGroup.filter((p) => !keepBack.has(p.id)).map((p) => p.id);
    plan.staying.push(...inGroup.filter((p) => keepBack.has(p.id)).map((p) => p.id));
    const grade = gradeOf(group.name);
    if (!grade) {
      if (inGroup.length > 0) plan.unrecognized.push({ group, count: inGroup.length });
      continue;
    }
    if (moving.length === 0) continue;
    if (grade.grade === LAST_GRADE) {
      plan.leaving.push({ from: group, pupilIds: moving });
      continue;
    }
    const toName = `Groep ${grade.grade + 1}${grade.suffix}`;
    plan.moves.push({ from: group, toName, pupilIds: moving });
    const exists = groups.some((g) => sameGrade(g.name, toName)) || plan.newGroups.includes(toName);
    if (!exists) plan.newGroups.push(toName);
  }
  return plan;
}

function sameGrade(a: string, b: string): boolean {
  const ga = gradeOf(a);
  const gb = gradeOf(b);
  return ga !== null && gb !== null && ga.grade === gb.grade && ga.suffix === gb.suffix;
}

/** The records to write: groups to create, and every pupil that moves or leaves. */
export function applyRollover(
  plan: RolloverPlan,
  groups: readonly Group[],
  pupils: readonly Pupil[],
  today: string,
  newId: () => string,
): { groups: Group[]; pupils: Pupil[] } {
  const created = plan.newGroups.map((name) => {
    const grade = gradeOf(name)!.grade;
    // After the groups of the grade below, so lists stay in school order.
    const below = groups.filter((g) => {
      const other = gradeOf(g.name);
      return other !== null && other.grade <= grade;
    });
    const order = below.length > 0 ? Math.max(...below.map((g) => g.order)) + 0.5 : Math.min(0, ...groups.map((g) => g.order)) - 0.5;
    return { id: newId(), name, order };
  });
  const all = [...groups, ...created];
  const target = new Map<string, string>();
  for (const move of plan.moves) {
    const to = all.find((g) => sameGrade(g.name, move.toName))!;
    for (const id of move.pupilIds) target.set(id, to.id);
  }
  const leaving = new Set(plan.leaving.flatMap((l) => l.pupilIds));
  const changed = pupils.flatMap((p): Pupil[] => {
    if (leaving.has(p.id)) return [{ ...p, leftOn: today }];
    const to = target.get(p.id);
    return to ? [{ ...p, groupId: to }] : [];
  });
  return { groups: created, pupils: changed };
}

/** The school year a rollover prepares: in June and July the coming one, otherwise the current one. */
export function rolloverSchoolYear(today: string): string {
  const month = Number(today.slice(5, 7));
  const year = Number(today.slice(0, 4));
  return month === 6 || month === 7 ? `${year}-${year + 1}` : schoolYearOf(today);
}
