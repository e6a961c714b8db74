import Papa from 'papaparse';
import { KringError } from '../../../data/errors';

/** A pupil-list file as rows of cells, or a Dutch message saying why it cannot be read. */
export interface PupilFile {
  name: string;
  header: string[];
  rows: string[][];
  /** Indexes into rows whose quotes do not close: their cells cannot be trusted. */
  malformedRows: Set<number>;
}

const MAX_BYTES = 5 * 1024 * 1024;

export async function readPupilFile(file: File): Promise<PupilFile> {
  if (file.size === 0) throw new KringError('Dit bestand is leeg.');
  if (file.size > MAX_BYTES) throw new KringError('Dit bestand is te groot voor een leerlingenlijst (meer dan 5 MB).');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An .xlsx or .ods is a zip archive: it starts with "PK".
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    throw new KringError('Dit is een Excel- of spreadsheetbestand. Sla het in het spreadsheetprogramma op als CSV en kies dat bestand.');
  const text = decode(bytes);
  if (text.includes('\u0000')) throw new KringError('Dit is geen tekstbestand. Kies een CSV-bestand met een kolom per gegeven.');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) throw new KringError('In dit bestand staan geen leerlingen: alleen een kopregel of niets.');
  if (header.length < 2) throw new KringError('Dit bestand heeft maar één kolom. Kies een CSV-bestand met een kolom per gegeven (voornaam, achternaam, groep).');
  const malformedRows = new Set(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row! - 1));
  return { name: file.name, header, rows, malformedRows };
}

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, which Dutch Excel writes by default. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
