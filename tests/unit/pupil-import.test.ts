import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblems } from '../../src/domain/pupil-list/column-mapping';
import { importRecords, normalizeGroupName, planImport } from '../../src/domain/pupil-list/import-plan';
import type { Group, Pupil } from '../../src/domain/pupils';

const groups: Group[] = [{ id: 'g3', name: 'Groep 3', order: 3 }];
const pupils: Pupil[] = [{ id: 'p1', firstName: 'Sanne', lastName: 'de Vries', groupId: 'g3', esisNumber: '1001' }];
const rowsOf = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;

describe('mapping the columns of a pupil-list export', () => {
  it('recognises the Dutch headers of an Esis-like export, whatever their case', () => {
    expect(guessMapping(['Leerlingnummer', 'Roepnaam', 'Tussenvoegsel', 'Achternaam', 'Groep'])).toEqual({
      esisNumber: 0,
      firstName: 1,
      prefix: 2,
      lastName: 3,
      group: 4,
    });
    expect(guessMapping([' VOORNAAM ', 'achternaam', 'Klas'])).toEqual({ firstName: 0, lastName: 1, group: 2 });
  });

  it('asks for every required column, and refuses a column used twice', () => {
    expect(mappingProblems({ firstName: 0, lastName: 1 })).toEqual(['Kies de kolom met de groep.']);
    expect(mappingProblems({ firstName: 0, lastName: 0, group: 1 })).toEqual(['Elke kolom kan maar voor één gegeven gekozen worden.']);
    expect(mappingProblems({ firstName: 0, lastName: 1, group: 2 })).toEqual([]);
  });
});

describe('planning an import', () => {
  it('reads names with their tussenvoegsel, groups as "Groep N", and the optional Esis number', () => {
    const [, ...rows] = rowsOf('Voornaam;Tussenvoegsel;Achternaam;Groep;Leerlingnummer\nNoor;van der;Berg;3;2001\nDaan;;Jansen;groep 5b;\n');
    const plan = planImport(rows, { firstName: 0, prefix: 1, lastName: 2, group: 3, esisNumber: 4 }, { groups, pupils });
    expect(plan.add).toEqual([
      { line: 2, firstName: 'Noor', lastName: 'van der Berg', groupName: 'Groep 3', esisNumber: '2001' },
      { line: 3, firstName: 'Daan', lastName: 'Jansen', groupName: 'Groep 5B' },
    ]);
    expect(plan.newGroups).toEqual(['Groep 5B']);
    expect(plan.unreadable).toEqual([]);
  });

  it('reports each unreadable row with its spreadsheet line and a Dutch reason', () => {
    const rows = [
      ['Ali', 'Yilmaz', '4'],
      ['', 'Zonder', '4'],
      ['Eva', '', '4'],
      ['Tom', 'Geengroep', ''],
      ['x'.repeat(81), 'Lang', '4'],
    ];
    const plan = planImport(rows, { firstName: 0, lastName: 1, group: 2 }, { groups, pupils });
    expect(plan.add.map((p) => p.line)).toEqual([2]);
    expect(plan.unreadable).toEqual([
      { line: 3, reason: 'De voornaam ontbreekt.' },
      { line: 4, reason: 'De achternaam ontbreekt.' },
      { line: 5, reason: 'De groep ontbreekt.' },
      { line: 6, reason: 'De voornaam is te lang (hoogstens 80 tekens).' },
    ]);
  });

  it('skips duplicates within the file and pupils already in Kring, by name and group or by Esis number', () => {
    const rows = [
      ['Sanne', 'de Vries', 'Groep 3', ''],
      ['Iemand', 'Anders', '6', '1001'],
      ['Mila', 'Bakker', '6', ''],
      ['mila', 'BAKKER', 'groep 6', ''],
      ['Mila', 'Bakker', '7', ''],
    ];
    const plan = planImport(rows, { firstName: 0, lastName: 1, group: 2, esisNumber: 3 }, { groups, pupils });
    expect(plan.add.map((p) => p.line)).toEqual([4, 6]);
    expect(plan.duplicates).toEqual([
      { line: 2, reason: 'Sanne de Vries staat al in Kring (Groep 3).' },
      { line: 3, reason: 'Iemand Anders staat al in Kring (Groep 3).' },
      { line: 5, reason: 'mila BAKKER staat ook op regel 4.' },
    ]);
  });

  it('ignores blank lines and flags rows whose quotes do not close', () => {
    const plan = planImport([['A', 'B', '1'], ['', '', ''], ['C', 'D', '1']], { firstName: 0, lastName: 1, group: 2 }, { groups: [], pupils: [] }, { malformedRows: new Set([2]) });
    expect(plan.add).toHaveLength(1);
    expect(plan.unreadable).toEqual([{ line: 4, reason: 'De aanhalingstekens in deze regel kloppen niet.' }]);
  });

  it('writes new groups after the existing ones and puts each pupil in the right group', () => {
    const plan = planImport([['A', 'B', '5'], ['C', 'D', '3'], ['E', 'F', '4']], { firstName: 0, lastName: 1, group: 2 }, { groups, pupils });
    let n = 0;
    const records = importRecords(plan, groups, () => `id${++n}`);
    expect(records.groups.map((g) => [g.name, g.order])).toEqual([['Groep 4', 4], ['Groep 5', 5]]);
    const groupOf = (first: string) => [...groups, ...records.groups].find((g) => g.id === records.pupils.find((p) => p.firstName === first)!.groupId)!.name;
    expect([groupOf('A'), groupOf('C'), groupOf('E')]).toEqual(['Groep 5', 'Groep 3', 'Groep 4']);
  });

  it('normalises group names but leaves other names as the school wrote them', () => {
    expect(['8', 'groep 8', 'GROEP 8', ' Groep  1a ', 'Kleutergroep Egel'].map(normalizeGroupName)).toEqual([
      'Groep 8',
      'Groep 8',
      'Groep 8',
      'Groep 1A',
      'Kleutergroep Egel',
    ]);
  });
});
