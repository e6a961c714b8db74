import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { createDataKey } from '../../src/data/crypto/key-slots';
import { decryptFile, encryptFile } from '../../src/data/transfer/encrypted-file';
import { applyImport } from '../../src/data/transfer/import-records';
import { loadSchoolData } from '../../src/data/school-data';
import { schoolStore } from '../../src/data/stores';
import { ARCHIVE_FORMAT, ArchiveError, readArchive, type Records } from '../../src/domain/transfer/archive';
import { planMerge } from '../../src/domain/transfer/merge';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { freshDatabase } from './test-db';
import { at, newZaak, validStap1 } from './zaak-builders';

const ITER = 100_000;
const empty = (): Records => ({ groups: [], pupils: [], staff: [], meldingen: [], zaken: [], incidents: [] });
const pupil = (id: string, firstName = 'Zoë') => ({ id, firstName, lastName: 'Distelhoek', groupId: 'g5' });
const archiveText = (records: Records, change: Record<string, unknown> = {}) =>
  JSON.stringify({ format: ARCHIVE_FORMAT, schemaVersion: 1, createdAt: '2026-11-25T10:00:00.000Z', school: 'De Linde', records, ...change });

describe('merging an import', () => {
  it('adds new records, leaves identical ones, and shows a changed pupil as a conflict', () => {
    const local = { ...empty(), pupils: [pupil('p1'), pupil('p2')] };
    const incoming = { ...empty(), pupils: [pupil('p1'), pupil('p2', 'Zoey'), pupil('p3')] };
    const plan = planMerge(local, incoming);
    expect(plan.add.map((a) => a.record.id)).toEqual(['p3']);
    expect(plan.same).toBe(1);
    expect(plan.conflicts.map((c) => [c.id, (c.local as { firstName: string }).firstName, (c.incoming as { firstName: string }).firstName])).toEqual([['p2', 'Zoë', 'Zoey']]);
  });

  it('keeps a newer local zaak, takes a zaak that moved on elsewhere, and flags rival edits', () => {
    const base = newZaak();
    const further = finishConversation(jpsProtocol, base, validStap1(), at('2026-11-02'));
    const rival = finishConversation(jpsProtocol, base, { ...validStap1(), answers: { 'wat-speelt': 'anders', gevoel: 4 } }, at('2026-11-02'));
    if (!further.ok || !rival.ok) throw new Error('stap 1 should finish');
    expect(planMerge({ ...empty(), zaken: [further.zaak] }, { ...empty(), zaken: [base] }).keptLocal).toHaveLength(1);
    expect(planMerge({ ...empty(), zaken: [base] }, { ...empty(), zaken: [further.zaak] }).update).toHaveLength(1);
    expect(planMerge({ ...empty(), zaken: [further.zaak] }, { ...empty(), zaken: [rival.zaak] }).conflicts).toHaveLength(1);
  });
});

describe('encrypted transfer files', () => {
  it('round-trip with the passphrase and refuse a wrong one in Dutch', async () => {
    const text = archiveText({ ...empty(), pupils: [pupil('p1')] });
    const file = await encryptFile(text, 'eenmalig wachtwoord', ITER);
    expect(file).not.toContain('Zoë');
    expect(await decryptFile(file, 'eenmalig wachtwoord')).toBe(text);
    await expect(decryptFile(file, 'verkeerd wachtwoord')).rejects.toThrow('Het wachtwoord van dit bestand klopt niet');
    await expect(decryptFile(file.slice(0, file.length / 2), 'eenmalig wachtwoord')).rejects.toBeInstanceOf(ArchiveError);
  });

  it('refuse a file that asks for ten million PBKDF2 rounds before deriving anything', async () => {
    const greedy = JSON.stringify({ format: 'kring-versleuteld', version: 1, iterations: 10_000_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', data: 'AAAA' });
    await expect(decryptFile(greedy, 'eenmalig wachtwoord')).rejects.toThrow('Dit is geen versleuteld Kring-bestand');
  });

  it('refuse a file of another app, a newer version, or invalid records, each with its own reason', () => {
    expect(() => readArchive('niet eens json')).toThrow('beschadigd of onvolledig');
    expect(() => readArchive(JSON.stringify({ format: 'ander-programma', schemaVersion: 1 }))).toThrow('Dit bestand komt niet uit Kring.');
    expect(() => readArchive(archiveText(empty(), { schemaVersion: 2 }))).toThrow('nieuwere versie van Kring');
    expect(() => readArchive(archiveText({ ...empty(), pupils: [{ id: 'p1', firstName: '' }] as never }))).toThrow('gegevens die niet kloppen');
    expect(readArchive(archiveText(empty())).school).toBe('De Linde');
  });

  it('answer any garbage with an ArchiveError, never something else (fuzz)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.uint8Array().map((b) => String.fromCharCode(...b))), async (garbage) => {
        expect(() => readArchive(garbage)).toThrow(ArchiveError);
        await expect(decryptFile(garbage, 'wachtwoord')).rejects.toBeInstanceOf(ArchiveError);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('applying an import', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('writes the plan and the chosen versions in one go, encrypted', async () => {
    const { key } = await createDataKey();
    await schoolStore.put(key, { id: 'school', name: 'De Linde', isDemo: false, protocolId: 'jps', createdAt: '2026-11-01T08:00:00.000Z' });
    const local = { ...empty(), pupils: [pupil('p2')] };
    await applyImport(key, planMerge(empty(), local), {});
    const plan = planMerge(local, { ...empty(), pupils: [pupil('p1'), pupil('p2', 'Zoey')] });
    expect(await applyImport(key, plan, { 'pupils:p2': 'incoming' })).toBe(2);
    const data = await loadSchoolData(key);
    expect(data.pupils.map((p) => p.firstName).sort()).toEqual(['Zoey', 'Zoë']);
    expect(JSON.stringify(await database().pupils.toArray())).not.toContain('Zoey');
  });
});

describe('a round trip through a transfer file', () => {
  it('export everything, wipe, import: the store is the same (property)', async () => {
    const { loadDemoSchool } = await import('../../src/data/demo/load-demo');
    const { recordsOf } = await import('../../src/data/transfer/import-records');
    const { saveNewMelding } = await import('../../src/data/meldingen');
    const byId = (r: Records) =>
      Object.fromEntries(Object.entries(r).map(([table, rows]) => [table, [...(rows as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id))]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim().length > 0), { maxLength: 5 }), async (texts) => {
        freshDatabase();
        const { key } = await createDataKey();
        await schoolStore.put(key, { id: 'school', name: 'De Linde', isDemo: true, protocolId: 'jps', createdAt: '2026-11-01T08:00:00.000Z' });
        await loadDemoSchool(key, new Date('2026-11-25T09:00:00'));
        for (const [i, text] of texts.entries())
          await saveNewMelding(key, { reporterKind: 'anders', reporterName: '', pupilIds: ['demo-lln-1'], description: text.trim(), occurredOn: '2026-11-20', location: '' }, { id: `m-${i}`, now: new Date() });
        const before = recordsOf(await loadSchoolData(key));
        const file = await encryptFile(archiveText(before), 'reservekopie wachtwoord', ITER);

        freshDatabase();
        await schoolStore.put(key, { id: 'school', name: 'De Linde', isDemo: true, protocolId: 'jps', createdAt: '2026-11-01T08:00:00.000Z' });
        const archive = readArchive(await decryptFile(file, 'reservekopie wachtwoord'));
        await applyImport(key, planMerge(empty(), archive.records), {});
        const after = recordsOf(await loadSchoolData(key));
        expect(byId(after)).toEqual(byId(before));
      }),
      { numRuns: 8 },
    );
  });
});

describe('what a transfer file holds', () => {
  it('is everything, chosen zaken with their meldingen, or one surveillant’s incidents; the pupil list always', async () => {
    const { recordsInScope } = await import('../../src/domain/transfer/scope');
    const { buildDemoSchool } = await import('../../src/data/demo/demo-school');
    const demo = buildDemoSchool(new Date('2026-11-25T09:00:00'));
    const data: Records = { ...demo };
    const zaak = demo.zaken[0]!;
    const chosen = recordsInScope(data, { kind: 'zaken', zaakIds: [zaak.id] });
    expect(chosen.zaken.map((z) => z.id)).toEqual([zaak.id]);
    expect(chosen.meldingen.map((m) => m.id)).toEqual([zaak.meldingId]);
    expect(chosen.incidents).toEqual([]);
    expect(chosen.pupils).toHaveLength(200);
    const mine = recordsInScope(data, { kind: 'pleinincidenten', staffId: 'demo-surv' });
    expect(mine.incidents).toHaveLength(demo.incidents.length);
    expect(mine.zaken).toEqual([]);
    expect(recordsInScope(data, { kind: 'pleinincidenten', staffId: 'demo-ib' }).incidents).toEqual([]);
    expect(recordsInScope(data, { kind: 'alles' }).meldingen).toHaveLength(demo.meldingen.length);
  });
});
