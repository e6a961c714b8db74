import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { database, useDatabaseName } from '../../src/data/connection';
import { CURRENT_SCHEMA_VERSION, schemaVersions, storesAt } from '../../src/data/db';
import { saveDraft } from '../../src/data/drafts';
import { loadDemoSchool } from '../../src/data/demo/load-demo';
import { loadDraft } from '../../src/data/drafts';
import { loadSchoolData } from '../../src/data/school-data';
import { alertReadStore, deletionLogStore } from '../../src/data/stores';
import { createVault, unlockVault } from '../../src/data/vault';
import { dumpTables, restoreFixture, type DbFixture } from './db-fixture';
import { freshDatabase, TEST_ITERATIONS } from './test-db';

const fixturesDir = new URL('../fixtures/', import.meta.url);
const fixtureFiles = readdirSync(fixturesDir).filter((f) => /^db-v\d+\.json$/.test(f));

describe('schema versions', () => {
  it('only ever grow, and each says why it exists', () => {
    schemaVersions.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      expect(v.why.length).toBeGreaterThan(10);
    });
  });

  it('each released version has a fixture store', () => {
    expect(fixtureFiles.sort()).toEqual(schemaVersions.map((v) => `db-v${v.version}.json`).sort());
  });
});

/** What each upgrade adds to what an older version read back. */
function afterMigrations(fixture: DbFixture): Record<string, unknown> {
  const expected = structuredClone(fixture.expected) as {
    drafts: Record<string, unknown>[];
    zaken?: unknown[];
    incidents?: unknown[];
    prevention?: unknown[];
    deletions?: unknown[];
    alertReads?: unknown[];
  };
  if (fixture.schemaVersion < 2) for (const draft of expected.drafts) draft.rev = 1;
  if (fixture.schemaVersion < 3) expected.zaken = [];
  if (fixture.schemaVersion < 4) expected.incidents = [];
  if (fixture.schemaVersion < 5) expected.prevention = [];
  if (fixture.schemaVersion < 6) expected.deletions = [];
  if (fixture.schemaVersion < 8) expected.alertReads = [];
  return expected;
}

describe.each(fixtureFiles)('a store written by %s', (file) => {
  const fixture = JSON.parse(readFileSync(new URL(file, fixturesDir), 'utf8')) as DbFixture;

  it(`opens with schema v${CURRENT_SCHEMA_VERSION} and keeps every record`, async () => {
    const name = freshDatabase();
    await restoreFixture(name, fixture);
    useDatabaseName(name);
    const { key } = await unlockVault(fixture.passphrase, 'passphrase');
    const data = await loadSchoolData(key, { atUnlock: true });
    const draft = await loadDraft(key, 'melding:nieuw');
    // Compared by content: a draft's row id is now a keyed hash of its name (made at this unlock),
    // and the school record gained the key for it.
    const { draftIdKey, ...school } = data.school;
    expect(draftIdKey).toMatch(/^[A-Za-z0-9+/=]{44}$/);
    const content = (d: Record<string, unknown>) => ({ values: d.values, updatedAt: d.updatedAt, rev: d.rev });
    const expected = afterMigrations(fixture) as Record<string, unknown> & { drafts: Record<string, unknown>[]; school: Record<string, unknown> };
    const { draftIdKey: _stored, ...expectedSchool } = expected.school;
    expect({ ...data, school, drafts: draft ? [content(draft)] : [] }).toEqual({
      scope: 'all',
      ...expected,
      pupilsWhoLeft: (expected.pupils as { id: string; leftOn?: string }[]).flatMap((p) => (p.leftOn ? [{ id: p.id, leftOn: p.leftOn }] : [])),
      school: expectedSchool,
      drafts: expected.drafts.map(content),
    });
    expect(draft!.id).toMatch(/^d-[0-9a-f]{32}$/);
    expect(draft!.form).toBe('melding:nieuw');
    expect(database().verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.tables)) expect(await database().table(table).count()).toBe(rows.length);
    expect((await unlockVault(fixture.recoveryKey, 'recovery')).slotId).toBe('recovery');
    // Alert reads from before v9 are sealed again with their date readable, so unlocking can pick the recent ones.
    const reads = await database().alertReads.toArray();
    expect(reads.map((r) => [typeof r.readAt, r.unbound])).toEqual(reads.map(() => ['string', undefined]));
  });
});

/** Run once per release: KRING_WRITE_FIXTURE=1 npx vitest run tests/unit/migrations.test.ts */
it.runIf(process.env.KRING_WRITE_FIXTURE === '1')('records the fixture store of the current schema version', async () => {
  freshDatabase();
  const passphrase = 'fixture wachtwoord';
  const now = new Date('2026-11-25T08:00:00Z');
  const { key, recoveryKey } = await createVault({ schoolName: 'Demoschool', passphrase, isDemo: true, now, iterations: TEST_ITERATIONS });
  await loadDemoSchool(key, now);
  await saveDraft(key, 'melding:nieuw', { description: 'half getypt' }, now, 0);
  await deletionLogStore.put(key, {
    id: 'fixture-run',
    at: now.toISOString(),
    retentionYears: 2,
    leftOnOrBefore: '2024-11-25',
    counts: { pupils: 1, zaken: 1, meldingen: 2, incidents: 3, photos: 0 },
  });
  await alertReadStore.put(key, { id: 'fixture-read', alertKey: 'melding:demo-melding-1', staffId: 'demo-ib', readAt: now.toISOString() });
  const data = await loadSchoolData(key, { atUnlock: true });
  const draft = await loadDraft(key, 'melding:nieuw');
  const current = schemaVersions[schemaVersions.length - 1]!;
  const fixture: DbFixture = {
    schemaVersion: current.version,
    stores: storesAt(current.version),
    passphrase,
    recoveryKey,
    tables: await dumpTables(database()),
    expected: { ...data, drafts: [draft] },
  };
  writeFileSync(new URL(`db-v${current.version}.json`, fixturesDir), JSON.stringify(fixture));
});
