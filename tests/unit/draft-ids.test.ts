import { describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { useDraftIdKey } from '../../src/data/draft-ids';
import { allDrafts, discardDraft, loadDraft, saveDraft } from '../../src/data/drafts';
import { loadSchoolData } from '../../src/data/school-data';
import { createVault } from '../../src/data/vault';
import { freshDatabase, TEST_ITERATIONS } from './test-db';

const now = new Date('2026-11-25T09:00:00Z');

describe('draft row ids', () => {
  it('name nothing once the school is open, and drafts under a plain name move to theirs', async () => {
    freshDatabase();
    await useDraftIdKey(null);
    const { key } = await createVault({ schoolName: 'De Linde', passphrase: 'een lange zin', isDemo: false, now, iterations: TEST_ITERATIONS });
    // Written before row ids were hashed: the id names the zaak and step of a conversation in progress.
    await saveDraft(key, 'gesprek:zaak-42:stap3:1', { answer: 'half' }, now, 0);
    expect((await database().drafts.toArray()).map((d) => d.id)).toEqual(['gesprek:zaak-42:stap3:1']);

    await loadSchoolData(key, { atUnlock: true });
    const rows = await database().drafts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toMatch(/^d-[0-9a-f]{32}$/);
    expect(JSON.stringify(rows)).not.toMatch(/gesprek|zaak-42|stap3/);
    // Still found by its name, with what was typed; and gone by its name.
    expect((await loadDraft(key, 'gesprek:zaak-42:stap3:1'))?.values).toEqual({ answer: 'half' });
    await saveDraft(key, 'melding:nieuw:s1', { description: 'x' }, now, 0);
    expect((await allDrafts(key)).map((d) => d.form).sort()).toEqual(['gesprek:zaak-42:stap3:1', 'melding:nieuw:s1']);
    await discardDraft('gesprek:zaak-42:stap3:1');
    expect((await allDrafts(key)).map((d) => d.form)).toEqual(['melding:nieuw:s1']);
    // Unlocked again: the same key, the same row ids.
    const before = (await database().drafts.toArray()).map((d) => d.id);
    await useDraftIdKey(null);
    await loadSchoolData(key, { atUnlock: true });
    expect((await database().drafts.toArray()).map((d) => d.id)).toEqual(before);
  });
});
