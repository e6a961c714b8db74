import { create } from 'zustand';
import type { SchoolData } from '../../data/school-data';
import type { School } from '../../domain/school';

/**
 * The school's records, decrypted at unlock and dropped at the lock. Every change goes through an
 * action that applies it to the state as it is now, never to a copy a screen rendered with, so two
 * saves in quick succession cannot undo each other.
 */
export const useSchool = create<{ data: SchoolData | null }>()(() => ({ data: null }));

/** The lists of records in SchoolData, each record with an id. */
export type RecordList = { [K in keyof SchoolData]-?: SchoolData[K] extends readonly { id: string }[] ? K : never }[keyof SchoolData];
type RecordOf<K extends RecordList> = SchoolData[K][number];

export function setSchoolData(data: SchoolData | null): void {
  useSchool.setState({ data });
}

export function requireData(): SchoolData {
  const data = useSchool.getState().data;
  if (!data) throw new Error('Kring is locked');
  return data;
}

/** Applies a change to the current data; nothing happens while locked. */
export function updateSchoolData(change: (data: SchoolData) => SchoolData): void {
  useSchool.setState((state) => {
    if (!state.data) return state;
    const next = change(state.data);
    return { data: next.pupils === state.data.pupils ? next : { ...next, pupilsWhoLeft: whoLeftAfter(state.data, next) } };
  });
}

/**
 * Who left, after pupils changed in memory (marked as left, back, deleted by the retention term):
 * the pupils held say it of themselves; one no longer held was deleted; the rest (never opened) stay.
 */
function whoLeftAfter(before: SchoolData, after: SchoolData): SchoolData['pupilsWhoLeft'] {
  const held = new Set(after.pupils.map((p) => p.id));
  const deleted = new Set(before.pupils.filter((p) => !held.has(p.id)).map((p) => p.id));
  const unopened = after.pupilsWhoLeft.filter((p) => !held.has(p.id) && !deleted.has(p.id));
  return [...unopened, ...after.pupils.flatMap((p) => (p.leftOn ? [{ id: p.id, leftOn: p.leftOn }] : []))];
}

/** The record lists a read of the store fills; who left and what did not open are worked out from them. */
const READ_LISTS = ['groups', 'pupils', 'staff', 'meldingen', 'zaken', 'incidents', 'prevention', 'deletions', 'alertReads'] as const satisfies readonly RecordList[];

/**
 * What a read of the store found, with what this tab changed while it was under way: `before` is
 * what was held when the read began. A record saved here or arrived from another tablet meanwhile is
 * newer than the read's copy and is kept; one removed meanwhile stays removed.
 */
export function withChangesSince(before: SchoolData, now: SchoolData, read: SchoolData): SchoolData {
  if (now === before) return read;
  const merged: SchoolData = { ...read, school: now.school === before.school ? read.school : now.school };
  for (const list of READ_LISTS) {
    if (now[list] === before[list]) continue;
    const was = new Map<string, unknown>(before[list].map((r) => [r.id, r]));
    const kept = new Set(now[list].map((r) => r.id));
    const changed = new Map<string, { id: string }>(now[list].filter((r) => was.get(r.id) !== r).map((r) => [r.id, r]));
    const fromRead = (read[list] as readonly { id: string }[]).filter((r) => kept.has(r.id) || !was.has(r.id)).map((r) => changed.get(r.id) ?? r);
    const inRead = new Set(fromRead.map((r) => r.id));
    (merged as unknown as Record<string, unknown>)[list] = [...fromRead, ...[...changed.values()].filter((r) => !inRead.has(r.id))];
  }
  return merged.pupils === read.pupils ? merged : { ...merged, pupilsWhoLeft: whoLeftAfter(read, merged) };
}

/** Adds records or replaces those with the same id, keeping the list's order. */
export function putRecords<K extends RecordList>(list: K, records: readonly RecordOf<K>[]): void {
  if (records.length === 0) return;
  updateSchoolData((data) => {
    const incoming = new Map(records.map((r) => [r.id, r]));
    const current = data[list] as readonly RecordOf<K>[];
    const replaced = current.map((r) => incoming.get(r.id) ?? r);
    const known = new Set(current.map((r) => r.id));
    const added = records.filter((r) => !known.has(r.id));
    return { ...data, [list]: [...replaced, ...added] };
  });
}

export function removeRecords(list: RecordList, ids: readonly string[]): void {
  const gone = new Set(ids);
  updateSchoolData((data) => ({ ...data, [list]: (data[list] as readonly { id: string }[]).filter((r) => !gone.has(r.id)) }));
}

export function setSchool(school: School): void {
  updateSchoolData((data) => ({ ...data, school }));
}
