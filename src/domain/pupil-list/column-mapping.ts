/**
 * Which column of a pupil-list export holds what. Exports from Esis, ParnasSys or a spreadsheet name
 * their columns differently; Kring guesses from the header, and the teacher can correct every guess.
 */

export const importFields = [
  { id: 'firstName', label: 'Voornaam', required: true },
  { id: 'prefix', label: 'Tussenvoegsel', required: false },
  { id: 'lastName', label: 'Achternaam', required: true },
  { id: 'group', label: 'Groep', required: true },
  { id: 'esisNumber', label: 'Esis-leerlingnummer', required: false },
] as const;
export type ImportField = (typeof importFields)[number]['id'];

/** Field → column index; a field left out is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const headerWords: Record<ImportField, readonly string[]> = {
  firstName: ['voornaam', 'roepnaam', 'voornamen', 'first name', 'firstname'],
  prefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels'],
  lastName: ['achternaam', 'familienaam', 'geslachtsnaam', 'last name', 'lastname', 'surname'],
  group: ['groep', 'klas', 'jaargroep', 'groepsnaam', 'stamgroep', 'group', 'class'],
  esisNumber: ['esis-nummer', 'esisnummer', 'esis nummer', 'leerlingnummer', 'leerling nummer', 'leerlingnr', 'lln nr', 'lln.nr.', 'id'],
};

function normalizeHeader(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The likely mapping for a header row; each column used at most once. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of importFields) {
    const index = header.findIndex((h, i) => !taken.has(i) && headerWords[field.id].includes(normalizeHeader(h)));
    if (index >= 0) {
      mapping[field.id] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** Dutch messages for a mapping that cannot work: a required field without a column, or a column used twice. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  for (const field of importFields) {
    if (field.required && mapping[field.id] === undefined) problems.push(`Kies de kolom met de ${field.label.toLowerCase()}.`);
  }
  const used = Object.values(mapping).filter((i): i is number => i !== undefined);
  if (new Set(used).size !== used.length) problems.push('Elke kolom kan maar voor één gegeven gekozen worden.');
  return problems;
}
