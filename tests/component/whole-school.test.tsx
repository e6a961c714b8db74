import { describe, expect, it } from 'vitest';
import { createVault } from '../../src/data/vault';
import type { Melding } from '../../src/domain/melding';
import { putRecords, useSchool } from '../../src/features/session/school-store';
import { enterUnlocked } from '../../src/features/session/session-actions';
import { openWholeSchool, useWholeSchool } from '../../src/features/session/whole-school';
import { freshDatabase, TEST_ITERATIONS } from '../unit/test-db';
import { smallSchool } from './school-fixture';

/** Older records are opened for the screen that asked; a list someone moved on to does not change under them. */
describe('opening older records', () => {
  async function unlockedWithWorkingSet() {
    freshDatabase();
    const { key } = await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin voor de test', isDemo: false, now: new Date('2026-11-25T09:00:00'), iterations: TEST_ITERATIONS });
    enterUnlocked(key, { ...smallSchool(), scope: { since: '2026-08-01' } });
  }

  it('are taken in when the screen that asked is still shown', async () => {
    await unlockedWithWorkingSet();
    window.location.hash = '#/jaaroverzicht';
    await openWholeSchool();
    expect(useSchool.getState().data!.scope).toBe('all');
  });

  it('are left when the person moved on to another screen meanwhile, and opened again when asked again', async () => {
    await unlockedWithWorkingSet();
    window.location.hash = '#/jaaroverzicht';
    const opening = openWholeSchool();
    window.location.hash = '#/meldingen';
    await opening;
    expect(useSchool.getState().data!.scope).toEqual({ since: '2026-08-01' });
    expect(useWholeSchool.getState().opening).toBe(false);
    await openWholeSchool();
    expect(useSchool.getState().data!.scope).toBe('all');
  });

  it('keep what arrived in this tab while they were read: a melding from another tablet stays on screen', async () => {
    await unlockedWithWorkingSet();
    window.location.hash = '#/jaaroverzicht';
    const at = '2026-11-25T09:30:00.000Z';
    const arrived: Melding = { id: 'm-from-b', reporterKind: 'personeel', reporterName: '', pupilIds: ['p1'], description: 'Gemeld op tablet B', occurredOn: '2026-11-25', location: 'Gang', status: 'nieuw', createdAt: at, updatedAt: at };
    const opening = openWholeSchool();
    putRecords('meldingen', [arrived]);
    await opening;
    const data = useSchool.getState().data!;
    expect(data.scope).toBe('all');
    expect(data.meldingen.map((m) => m.description)).toEqual(['Gemeld op tablet B']);
  });
});
