import type { SealedTableName } from './db';

/**
 * What a sealed row's ciphertext is bound to (AES-GCM additional data): its table, its id, and the
 * fields kept readable for indexes (a status, a date, a group). Changing any of them without the key,
 * a melding set to "afgehandeld" or a pupil marked as left, makes the row fail to open, so it is
 * reported as damaged instead of shown as true.
 *
 * Rows written before these fields were bound carry only table and id ("legacy"); they still open,
 * and are sealed again with the fields bound as soon as they are read at unlock (or by a key renewal).
 */
export type ContextTable = SealedTableName | 'photos';

export const CLEAR_FIELDS: Record<ContextTable, readonly string[]> = {
  school: ['isDemo', 'createdAt'],
  groups: ['order'],
  pupils: ['groupId', 'leftOn'],
  staff: [],
  meldingen: ['status', 'createdAt', 'updatedAt'],
  zaken: ['status', 'updatedAt', 'rev'],
  incidents: ['occurredAt', 'createdAt'],
  prevention: ['schoolYear'],
  deletionLog: ['at'],
  drafts: ['updatedAt', 'rev'],
  photos: ['type'],
  syncConfig: [],
  alertReads: ['readAt'],
  checkpoints: [],
  versionChoices: ['subject'],
};

/**
 * Clear fields a table had before its present ones: rows sealed then are bound to those, and open with
 * them until they are sealed again (alert reads gained a clear `readAt` in schema v9, so that unlocking
 * reads only the recent ones).
 */
const EARLIER_CLEAR_FIELDS: Partial<Record<ContextTable, readonly (readonly string[])[]>> = {
  alertReads: [[]],
};

/** The contexts rows of this table were bound to by earlier versions, newest first. */
export function earlierContexts(table: ContextTable, row: { id: string } & Record<string, unknown>): string[] {
  return (EARLIER_CLEAR_FIELDS[table] ?? []).map((fields) => `${legacyContext(table, row.id)}|${JSON.stringify(fields.map((field) => row[field] ?? null))}`);
}

export function legacyContext(table: ContextTable, id: string): string {
  return `kring:${table}:${id}`;
}

export function boundContext(table: ContextTable, row: { id: string } & Record<string, unknown>): string {
  return `${legacyContext(table, row.id)}|${JSON.stringify(CLEAR_FIELDS[table].map((field) => row[field] ?? null))}`;
}
