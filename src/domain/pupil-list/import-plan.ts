import { cleanName } from '../text-fields';
import { pupilName, pupilSchema, type Group, type Pupil } from '../pupils';
import type { ColumnMapping } from './column-mapping';

/**
 * What an import of a pupil list would do, before it does anything: the pupils it adds, the groups it
 * creates, the rows it skips as duplicates and the rows it cannot read, each with its line number.
 */

export interface PlannedPupil {
  line: number;
  firstName: string;
  lastName: string;
  groupName: string;
  esisNumber?: string;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ImportPlan {
  add: PlannedPupil[];
  newGroups: string[];
  duplicates: SkippedRow[];
  unreadable: SkippedRow[];
}

/** "8", "groep 8", "Groep 8" and "GROEP 8" are one group; a bare number becomes "Groep 8". */
export function normalizeGroupName(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (/^\d{1,2}[a-z]?$/i.test(trimmed)) return `Groep ${trimmed.toUpperCase()}`;
  const match = /^groep\s*(.+)$/i.exec(trimmed);
  return match ? `Groep ${match[1]!.toUpperCase()}` : trimmed;
}

/** One name however it is capitalised or accented: "Zoë" and "zoe" are the same pupil's. */
export const sameText = (a: string, b: string) => cleanName(a).trim().localeCompare(cleanName(b).trim(), 'nl', { sensitivity: 'base' }) === 0;

/**
 * Rows are the file's lines after the header; `firstLine` is the line number of the first row as a
 * spreadsheet shows it (2 when line 1 is the header), so the report points at the right line.
 */
export function planImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  school: { groups: readonly Group[]; pupils: readonly Pupil[] },
  options: { firstLine?: number; malformedRows?: ReadonlySet<number> } = {},
): ImportPlan {
  const firstLine = options.firstLine ?? 2;
  const plan: ImportPlan = { add: [], newGroups: [], duplicates: [], unreadable: [] };
  // Cleaned as every name is (one Unicode form, nothing invisible), so duplicates are found as the store will hold them.
  const cell = (row: readonly string[], index: number | undefined) => (index === undefined ? '' : cleanName(row[index] ?? '').trim());
  const groupName = (id: string) => school.groups.find((g) => g.id === id)?.name ?? '';
  const present = school.pupils.filter((p) => !p.leftOn);

  rows.forEach((row, index) => {
    const line = firstLine + index;
    if (row.every((c) => c.trim() === '')) return;
    if (options.malformedRows?.has(index)) return void plan.unreadable.push({ line, reason: 'De aanhalingstekens in deze regel kloppen niet.' });
    const prefix = cell(row, mapping.prefix);
    const candidate = {
      firstName: cell(row, mapping.firstName),
      lastName: [prefix, cell(row, mapping.lastName)].filter(Boolean).join(' '),
      groupName: normalizeGroupName(cell(row, mapping.group)),
      esisNumber: cell(row, mapping.esisNumber),
    };
    const problem = rowProblem(candidate);
    if (problem) return void plan.unreadable.push({ line, reason: problem });

    const name = pupilName(candidate);
    const twinInFile = plan.add.find(
      (p) => (candidate.esisNumber && p.esisNumber === candidate.esisNumber) || (sameText(pupilName(p), name) && sameText(p.groupName, candidate.groupName)),
    );
    if (twinInFile) return void plan.duplicates.push({ line, reason: `${name} staat ook op regel ${twinInFile.line}.` });
    const twinInSchool = present.find(
      (p) => (candidate.esisNumber && p.esisNumber === candidate.esisNumber) || (sameText(pupilName(p), name) && sameText(groupName(p.groupId), candidate.groupName)),
    );
    if (twinInSchool) return void plan.duplicates.push({ line, reason: `${name} staat al in Kring (${groupName(twinInSchool.groupId)}).` });

    const { esisNumber, ...rest } = candidate;
    plan.add.push({ line, ...rest, ...(esisNumber ? { esisNumber } : {}) });
    const known = [...school.groups.map((g) => g.name), ...plan.newGroups];
    if (!known.some((g) => sameText(g, candidate.groupName))) plan.newGroups.push(candidate.groupName);
  });
  return plan;
}

function rowProblem(candidate: { firstName: string; lastName: string; groupName: string; esisNumber: string }): string | undefined {
  if (!candidate.firstName) return 'De voornaam ontbreekt.';
  if (!candidate.lastName) return 'De achternaam ontbreekt.';
  if (!candidate.groupName) return 'De groep ontbreekt.';
  const check = pupilSchema.safeParse({ id: 'check', groupId: 'check', firstName: candidate.firstName, lastName: candidate.lastName, esisNumber: candidate.esisNumber });
  if (!check.success) return check.error.issues[0]?.message ?? 'Deze regel is niet te lezen.';
  if (candidate.groupName.length > 40) return 'De naam van de groep is te lang.';
  return undefined;
}

/** The records an import plan writes: new groups after the existing ones, every pupil in its group. */
export function importRecords(plan: ImportPlan, groups: readonly Group[], newId: () => string): { groups: Group[]; pupils: Pupil[] } {
  let order = Math.max(0, ...groups.map((g) => g.order));
  const created = plan.newGroups
    .slice()
    .sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
    .map((name) => ({ id: newId(), name, order: ++order }));
  const all = [...groups, ...created];
  const pupils = plan.add.map((p) => {
    const group = all.find((g) => sameText(g.name, p.groupName))!;
    return { id: newId(), firstName: p.firstName, lastName: p.lastName, groupId: group.id, ...(p.esisNumber ? { esisNumber: p.esisNumber } : {}) };
  });
  return { groups: created, pupils };
}
