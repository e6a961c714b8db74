import type { Group, Pupil } from './pupils';

/** Folds case and diacritics, so "zoe" finds Zoë and "celik" finds Çelik. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface PupilQuery {
  text: string;
  groupId?: string | undefined;
}

/**
 * Pupils whose first or last name (or full name) starts with what was typed, in group order
 * and then by first name: the way a teacher scans a class list.
 */
export function searchPupils(pupils: readonly Pupil[], groups: readonly Group[], query: PupilQuery): Pupil[] {
  const words = foldForSearch(query.text).split(/\s+/).filter(Boolean);
  const order = new Map(groups.map((g) => [g.id, g.order]));
  const hits = pupils.filter((p) => {
    if (p.leftOn) return false;
    if (query.groupId && p.groupId !== query.groupId) return false;
    if (words.length === 0) return true;
    const nameWords = foldForSearch(`${p.firstName} ${p.lastName}`).split(/[\s-]+/);
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  });
  return hits.sort(
    (a, b) =>
      (order.get(a.groupId) ?? 99) - (order.get(b.groupId) ?? 99) ||
      a.firstName.localeCompare(b.firstName, 'nl') ||
      a.lastName.localeCompare(b.lastName, 'nl'),
  );
}
