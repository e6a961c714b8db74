import { buildDemoSchool } from '../../../src/data/demo/demo-school';
import { encryptFile } from '../../../src/data/transfer/encrypted-file';
import { ARCHIVE_FORMAT, ARCHIVE_SCHEMA_VERSION } from '../../../src/domain/transfer/archive';

/** The demo school's history in a transfer file, as a school moving its records to a new tablet has one. */
export const HISTORY_PASSPHRASE = 'geschiedenis van de school';

/** Last school year's zaak about the same child as the demo's open one, closed, with its melding and a playground incident. */
export async function historyFile(): Promise<string> {
  const then = buildDemoSchool(new Date('2025-03-20T10:00:00'));
  const zaak = { ...then.zaken[0]!, id: 'oud-zaak', meldingId: 'oud-melding', status: 'gesloten' as const, closing: { at: '2025-05-01T10:00:00.000Z', reason: 'opgeheven' as const, note: '' }, updatedAt: '2025-05-01T10:00:00.000Z' };
  const melding = { ...then.meldingen[0]!, id: 'oud-melding' };
  const incident = { ...then.incidents[0]!, id: 'oud-incident' };
  const archive = {
    format: ARCHIVE_FORMAT,
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    createdAt: '2025-07-01T10:00:00.000Z',
    school: 'Demoschool De Verzonnen Vlinder',
    records: { groups: then.groups, pupils: then.pupils, staff: then.staff, meldingen: [melding], zaken: [zaak], incidents: [incident], prevention: [] },
  };
  return encryptFile(JSON.stringify(archive), HISTORY_PASSPHRASE, 100_000);
}

