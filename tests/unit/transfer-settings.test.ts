import { beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from '../../src/data/crypto/key-slots';
import { applyImport } from '../../src/data/transfer/import-records';
import { loadSchoolData } from '../../src/data/school-data';
import { schoolStore } from '../../src/data/stores';
import type { School } from '../../src/domain/school';
import { ARCHIVE_FORMAT, readArchive } from '../../src/domain/transfer/archive';
import { planMerge } from '../../src/domain/transfer/merge';
import { planSettings, settingsOf } from '../../src/domain/transfer/school-settings';
import { freshDatabase } from './test-db';

const fresh: School = { id: 'school', name: 'De Linde', isDemo: false, protocolId: 'jps', createdAt: '2026-11-01T08:00:00.000Z' };
const playground = { areas: ['Moestuin'], thresholds: { targetCount: 4, windowDays: 28, sameActorCount: 2, manyTargetsCount: 3 } };
const version = { version: 1, savedAt: '2026-11-20T10:00:00.000Z', prompts: { 'stap1.wat-speelt': { text: 'Vertel eens' } }, roles: {} };
const configured: School = { ...fresh, playground, retentionYears: 3, protocolVersions: [version] };
const empty = { groups: [], pupils: [], staff: [], meldingen: [], zaken: [], incidents: [] };

describe('the school’s settings in a backup', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('travel in the file and are read back by its schema', () => {
    const text = JSON.stringify({ format: ARCHIVE_FORMAT, schemaVersion: 1, createdAt: '2026-11-25T10:00:00.000Z', school: 'De Linde', records: empty, settings: settingsOf(configured) });
    expect(readArchive(text).settings).toEqual({ playground, retentionYears: 3, protocolVersions: [version] });
    expect(() => readArchive(text.replace('"retentionYears":3', '"retentionYears":99'))).toThrow('Dit bestand bevat gegevens die niet kloppen');
  });

  it('fill what a fresh tablet lacks, and never overwrite what this tablet set', () => {
    expect(planSettings(fresh, settingsOf(configured))).toEqual({ adopt: { playground, retentionYears: 3, protocolVersions: [version] }, keptLocal: [] });
    const own = { ...fresh, retentionYears: 5 };
    expect(planSettings(own, settingsOf(configured))).toEqual({ adopt: { playground, protocolVersions: [version] }, keptLocal: ['retentionYears'] });
    expect(planSettings(configured, settingsOf(configured))).toEqual({ adopt: {}, keptLocal: [] });
    expect(planSettings(configured, undefined)).toEqual({ adopt: {}, keptLocal: [] });
  });

  it('are written with the records in one transaction', async () => {
    const { key } = await createDataKey();
    await schoolStore.put(key, fresh);
    const settings = planSettings(fresh, settingsOf(configured));
    await applyImport(key, planMerge(empty, { ...empty, groups: [{ id: 'g1', name: 'Groep 1', order: 1 }] }), {}, { ...fresh, ...settings.adopt });
    const data = await loadSchoolData(key);
    expect(data.school.retentionYears).toBe(3);
    expect(data.school.protocolVersions).toEqual([version]);
    expect(data.groups).toHaveLength(1);
  });
});
