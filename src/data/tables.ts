/**
 * Every table of Kring's database and what is done with it, in one place: sealed with the data key
 * (so a key renewal must seal it again), and travelling between the school's tablets (sync). The
 * lists the key renewal and sync work through are derived from here, and a test checks this against
 * the database schema: a table added there and forgotten here fails the test, instead of staying
 * under an old key or off the other tablets unnoticed.
 */
export const TABLES = {
  // Key slots travel (a joining tablet needs them) but are not sealed: each wraps the key itself.
  keySlots: { sealed: false, synced: true },
  school: { sealed: true, synced: true },
  groups: { sealed: true, synced: true },
  pupils: { sealed: true, synced: true },
  staff: { sealed: true, synced: true },
  meldingen: { sealed: true, synced: true },
  zaken: { sealed: true, synced: true },
  incidents: { sealed: true, synced: true },
  photos: { sealed: true, synced: true },
  prevention: { sealed: true, synced: true },
  deletionLog: { sealed: true, synced: true },
  alertReads: { sealed: true, synced: true },
  // What each tablet holds, for the others to compare (sync/witness.ts); never part of a transfer file.
  checkpoints: { sealed: true, synced: true },
  // Choices between versions written apart, with the versions not kept (sync screen).
  versionChoices: { sealed: true, synced: true },
  // A draft stays on the tablet that typed it; the sync account stays on its tablet.
  drafts: { sealed: true, synced: false },
  syncConfig: { sealed: true, synced: false },
  // What sync exchanged: ids, revisions and hashes only.
  syncRows: { sealed: false, synced: false },
} as const satisfies Record<string, { sealed: boolean; synced: boolean }>;

export type TableName = keyof typeof TABLES;
type Where<F extends 'sealed' | 'synced'> = { [K in TableName]: (typeof TABLES)[K][F] extends true ? K : never }[TableName];

const names = Object.keys(TABLES) as TableName[];
export const tablesWhere = <F extends 'sealed' | 'synced'>(flag: F): Where<F>[] => names.filter((name) => TABLES[name][flag]) as Where<F>[];
