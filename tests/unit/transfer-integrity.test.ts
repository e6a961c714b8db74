import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoSchool } from '../../src/data/demo/demo-school';
import { ArchiveError, readArchive, recordTables, type Archive, type Records } from '../../src/domain/transfer/archive';
import { archiveProblemMessage, archiveProblems } from '../../src/domain/transfer/integrity';
import { planMerge } from '../../src/domain/transfer/merge';

const demo = buildDemoSchool(new Date('2026-11-25T09:00:00'));
const records: Records = { groups: demo.groups, pupils: demo.pupils, staff: demo.staff, meldingen: demo.meldingen, zaken: demo.zaken, incidents: demo.incidents, prevention: [] };
const empty: Records = { groups: [], pupils: [], staff: [], meldingen: [], zaken: [], incidents: [], prevention: [] };
const zaak = demo.zaken[0]!;
const clone = <T>(v: T): T => structuredClone(v);

describe('a file’s records must hang together', () => {
  it('accepts the demo school as a whole, on an empty tablet and on one that has it already', () => {
    expect(archiveProblems(records, empty)).toEqual([]);
    expect(archiveProblems(records, records)).toEqual([]);
  });

  it('refuses duplicate ids, references that point nowhere, and conversations out of order', () => {
    const twice = { ...records, pupils: [...records.pupils, records.pupils[0]!] };
    expect(archiveProblems(twice, empty).join(' ')).toContain('hetzelfde id twee keer');
    // A zaak alone: its child, melding and lead are neither in the file nor on the tablet.
    expect(archiveProblems({ ...empty, zaken: [zaak] }, empty).join(' ')).toMatch(/Een zaak verwijst naar een leerling die er niet is.*een melding.*een medewerker/);
    // …but found on the tablet, it fits.
    expect(archiveProblems({ ...empty, zaken: [zaak] }, records)).toEqual([]);
    const stap2First = clone(zaak);
    stap2First.conversations = stap2First.conversations.map((c) => (c.stepId === 'stap1' ? { ...c, recordedAt: '2030-01-01T00:00:00.000Z' } : c));
    expect(archiveProblems({ ...records, zaken: [stap2First] }, empty).join(' ')).toMatch(/op een plek waar het protocol dat niet toelaat/);
    const message = archiveProblemMessage(archiveProblems({ ...twice, zaken: [stap2First] }, empty))!;
    expect(message).toMatch(/^Dit bestand klopt niet met zichzelf of met deze tablet: .* Er is niets ingelezen\.$/);
  });

  it('shows a zaak that changed whom it is about, its roles or its status as a difference to choose, never an update', () => {
    const moved = (change: (z: typeof zaak) => void) => {
      const incoming = clone(zaak);
      change(incoming);
      incoming.rev = zaak.rev + 5;
      return planMerge({ ...empty, zaken: [zaak] }, { ...empty, zaken: [incoming] });
    };
    expect(moved((z) => (z.bulliedPupilId = records.pupils[5]!.id)).conflicts).toHaveLength(1);
    expect(moved((z) => (z.members = z.members.map((m, i) => (i === 0 ? { ...m, role: m.role === 'pester' ? 'verdediger' : 'pester' } : m)))).conflicts).toHaveLength(1);
    expect(moved((z) => (z.status = 'gesloten')).conflicts).toHaveLength(1);
    // Closing it with a closing note is moving on.
    expect(moved((z) => ((z.status = 'gesloten'), (z.closing = { at: '2026-11-26T10:00:00.000Z', reason: 'opgeheven', note: 'Klaar.' }))).update).toHaveLength(1);
  });
});

describe('hostile files (property, 10,000 generated)', () => {
  const valid: Archive = { format: 'kring-archief', schemaVersion: 1, createdAt: '2026-11-25T09:00:00.000Z', school: 'De Linde', records };
  const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [[...prefix, Array.isArray(value) ? Number(k) : k], ...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k])])
      : [];
  const small = { ...valid, records: { ...records, pupils: records.pupils.slice(0, 30), meldingen: records.meldingen.slice(0, 3), incidents: records.incidents.slice(0, 3) } };
  const allPaths = paths(small).filter((p) => p.length > 1);
  const hostileValue = fc.oneof(
    fc.constantFrom('xxxxxxxxxxxxxxxxxxxx', '2026-02-30T10:00:00.000Z', '', '\u202E', 'nergens', null, -1, 1e9, 0.5, NaN, true, [], {}),
    fc.string(),
    fc.integer(),
  );

  // 10,000 files take seconds; on a loaded machine (the browser tests run beside it) more than the default 5 s.
  it('either refuses with a Dutch reason or gives records that all hang together', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...allPaths), hostileValue), { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, duplicate) => {
        const file = clone(small) as unknown as Record<string, unknown>;
        for (const [path, value] of edits) {
          // An earlier edit may have replaced a step of the way: then this one has nowhere to go.
          let at: unknown = file;
          for (const step of path.slice(0, -1)) at = at && typeof at === 'object' ? (at as Record<string | number, unknown>)[step] : undefined;
          // A copy each time: fast-check hands out the same {} or [], which two edits could tie into a cycle.
          if (at && typeof at === 'object') (at as Record<string | number, unknown>)[path.at(-1)!] = structuredClone(value);
        }
        const pupils = (file.records as Records | undefined)?.pupils;
        if (duplicate && Array.isArray(pupils) && pupils.length > 0) pupils.push(pupils[0]!);
        let archive: Archive;
        try {
          archive = readArchive(JSON.stringify(file));
        } catch (error) {
          expect(error).toBeInstanceOf(ArchiveError);
          return;
        }
        const problems = archiveProblems(archive.records, empty);
        if (problems.length > 0) return void expect(archiveProblemMessage(problems)).toMatch(/Er is niets ingelezen\.$/);
        // Accepted: every moment a real one, every id once.
        for (const table of recordTables) {
          const ids = ((archive.records[table] ?? []) as { id: string }[]).map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
        for (const m of archive.records.meldingen) expect(Number.isNaN(Date.parse(m.createdAt))).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });
});
