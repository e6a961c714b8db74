import type { DataKey } from '../../data/crypto/cipher';
import type { SchoolData } from '../../data/school-data';
import { encryptFile } from '../../data/transfer/encrypted-file';
import { openArchive } from './open-archive';
import { applyImport, recordsOf } from '../../data/transfer/import-records';
import { isoDay } from '../../domain/dates';
import { exportFileName } from '../../domain/esis/esis-export';
import type { School } from '../../domain/school';
import { ARCHIVE_FORMAT, ARCHIVE_SCHEMA_VERSION, ArchiveError, type Archive } from '../../domain/transfer/archive';
import { archiveProblemMessage, archiveProblems } from '../../domain/transfer/integrity';
import { planSettings, settingsOf, type SettingsPlan } from '../../domain/transfer/school-settings';
import { recordsInScope, type TransferScope } from '../../domain/transfer/scope';

export type { TransferScope };
import { planMerge, type MergePlan } from '../../domain/transfer/merge';
import { readAgain } from '../session/session-actions';
import { useLock } from '../session/lock-store';
import { heldScope } from '../session/whole-school';
import { clock } from '../../domain/clock';

/** Larger than any school's records (a school of 1,000 pupils with photos stays far below): refused before reading. */
export const MAX_TRANSFER_BYTES = 50_000_000;

/** The chosen records in a file protected by a one-time passphrase. */
export async function makeTransferFile(data: SchoolData, passphrase: string, scope: TransferScope = { kind: 'alles' }, now = clock.now()): Promise<{ name: string; text: string }> {
  const archive: Archive = {
    format: ARCHIVE_FORMAT,
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    school: data.school.name,
    records: recordsInScope(recordsOf(data), scope),
    ...(scope.kind === 'alles' ? { settings: settingsOf(data.school) } : {}),
  };
  const name = exportFileName(data.school.name, isoDay(now)).replace('kring-esis-', 'kring-overdracht-').replace(/\.json$/, '.kring');
  return { name, text: await encryptFile(JSON.stringify(archive), passphrase) };
}

/** Opens and checks a file, and plans the merge; nothing is written yet. */
export async function readTransferFile(data: SchoolData, fileText: string, passphrase: string): Promise<{ archive: Archive; plan: MergePlan; settings: SettingsPlan }> {
  const archive = await openArchive(fileText, passphrase);
  const problem = archiveProblemMessage(archiveProblems(archive.records, recordsOf(data), clock.today()));
  if (problem) throw new ArchiveError(problem);
  return { archive, plan: planMerge(recordsOf(data), archive.records), settings: planSettings(data.school, archive.settings) };
}

export async function importTransfer(
  key: DataKey,
  plan: MergePlan,
  choices: Record<string, 'local' | 'incoming'>,
  settings?: { school: School; plan: SettingsPlan },
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const adopt = settings && Object.keys(settings.plan.adopt).length > 0 ? { ...settings.school, ...settings.plan.adopt } : undefined;
  const written = await applyImport(key, plan, choices, adopt, onProgress);
  const { loadSchoolData } = await import('../../data/school-data');
  await readAgain(() => loadSchoolData(key, { scope: heldScope() }), () => useLock.getState().key === key);
  return written;
}
