import { create } from 'zustand';
import type { SchoolData } from '../../data/school-data';
import type { Pupil } from '../../domain/pupils';
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
  useSchool.setState((state) => (state.data ? { data: change(state.data) } : state));
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
    return { ...data, [list]: [...replaced, ...added], ...(list === 'pupils' ? { pupilsWhoLeft: whoLeftAfter(data, records as readonly Pupil[]) } : {}) };
  });
}

/** Who left, after pupils were written: their rows as they are now replace what was known of them. */
function whoLeftAfter(data: SchoolData, written: readonly Pupil[]): SchoolData['pupilsWhoLeft'] {
  const changed = new Set(written.map((p) => p.id));
  return [...data.pupilsWhoLeft.filter((p) => !changed.has(p.id)), ...written.flatMap((p) => (p.leftOn ? [{ id: p.id, leftOn: p.leftOn }] : []))];
}

export function removeRecords(list: RecordList, ids: readonly string[]): void {
  const gone = new Set(ids);
  updateSchoolData((data) => ({
    ...data,
    [list]: (data[list] as readonly { id: string }[]).filter((r) => !gone.has(r.id)),
    ...(list === 'pupils' ? { pupilsWhoLeft: data.pupilsWhoLeft.filter((p) => !gone.has(p.id)) } : {}),
  }));
}

export function setSchool(school: School): void {
  updateSchoolData((data) => ({ ...data, school }));
}
