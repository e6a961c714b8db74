/**
 * Every table of Kring's database and what is done with it, in one place. The lists the key renewal
 * and sync work through are derived from here; the transfer file's (in the domain, which reads no
 * data layer) and the unlock's are checked against it by a test, as is the database schema: a table
 * added there and forgotten here fails the test, instead of staying under an old key, off the other
 * tablets, out of a transfer file or out of what a person sees, unnoticed.
 *
 * sealed: sealed with the data key (a key renewal seals it again); synced: travels between the
 * school's tablets; exported: a record type of a transfer file (domain/transfer/archive.ts);
 * scoped: read at unlock by what a person's role may see (school-scope.ts).
 */
type Flags = { sealed: boolean; synced: boolean; exported: boolean; scoped: boolean };

export const TABLES = {
  // Key slots travel (a joining tablet needs them) but are not sealed: each wraps the key itself.
  keySlots: { sealed: false, synced: true, exported: false, scoped: false },
  school: { sealed: true, synced: true, exported: false, scoped: false },
  groups: { sealed: true, synced: true, exported: true, scoped: true },
  pupils: { sealed: true, synced: true, exported: true, scoped: true },
  staff: { sealed: true, synced: true, exported: true, scoped: true },
  meldingen: { sealed: true, synced: true, exported: true, scoped: true },
  zaken: { sealed: true, synced: true, exported: true, scoped: true },
  incidents: { sealed: true, synced: true, exported: true, scoped: true },
  photos: { sealed: true, synced: true, exported: false, scoped: false },
  prevention: { sealed: true, synced: true, exported: true, scoped: true },
  deletionLog: { sealed: true, synced: true, exported: false, scoped: true },
  alertReads: { sealed: true, synced: true, exported: false, scoped: true },
  // What each tablet holds, for the others to compare (sync/witness.ts); never part of a transfer file.
  checkpoints: { sealed: true, synced: true, exported: false, scoped: false },
  // Choices between versions written apart, with the versions not kept (sync screen).
  versionChoices: { sealed: true, synced: true, exported: false, scoped: false },
  // A draft stays on the tablet that typed it; the sync account stays on its tablet.
  drafts: { sealed: true, synced: false, exported: false, scoped: false },
  syncConfig: { sealed: true, synced: false, exported: false, scoped: false },
  // What sync exchanged: ids, revisions and hashes only.
  syncRows: { sealed: false, synced: false, exported: false, scoped: false },
} as const satisfies Record<string, Flags>;

export type TableName = keyof typeof TABLES;
type Flag = keyof Flags;
type Where<F extends Flag> = { [K in TableName]: (typeof TABLES)[K][F] extends true ? K : never }[TableName];

const names = Object.keys(TABLES) as TableName[];
export const tablesWhere = <F extends Flag>(flag: F): Where<F>[] => names.filter((name) => TABLES[name][flag]) as Where<F>[];
