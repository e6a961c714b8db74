import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import type { DataKey } from '../../src/data/crypto/cipher';
import { createDataKey } from '../../src/data/crypto/key-slots';
import { DraftConflictError, loadDraft, saveDraft } from '../../src/data/drafts';
import { dutchMessage, messages } from '../../src/data/errors';
import { loadMeldingen, saveNewMelding } from '../../src/data/meldingen';
import { pupilStore } from '../../src/data/stores';
import type { MeldingInput } from '../../src/domain/melding';
import { freshDatabase } from './test-db';

const input: MeldingInput = {
  reporterKind: 'surveillant',
  reporterName: 'Juf Merel',
  pupilIds: ['p1', 'p2'],
  description: 'Daan werd uitgescholden bij de glijbaan.',
  occurredOn: '2026-11-24',
  location: 'Schoolplein',
};
const now = new Date('2026-11-25T09:30:00Z');

describe('encrypted repositories', () => {
  let key: DataKey;
  beforeEach(async () => {
    freshDatabase();
    key = (await createDataKey()).key;
  });

  it('store a pupil with only id and group in the clear', async () => {
    await pupilStore.put(key, { id: 'p1', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'groep-5' });
    const row = await database().pupils.get('p1');
    expect(Object.keys(row!).sort()).toEqual(['groupId', 'id', 'leftOn', 'sealed'].filter((k) => k in row!).sort());
    expect(JSON.stringify(row)).not.toMatch(/Zoë|Distelhoek/);
    expect(await pupilStore.get(key, 'p1')).toEqual({ id: 'p1', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'groep-5' });
  });

  it('refuse a record that breaks its schema, and write nothing', async () => {
    await expect(pupilStore.put(key, { id: 'p1', firstName: '', lastName: 'X', groupId: 'g' })).rejects.toThrow();
    expect(await database().pupils.count()).toBe(0);
  });

  it('save a melding and drop its draft together', async () => {
    await saveDraft(key, 'melding:nieuw', { description: 'Daan werd' }, now, 0);
    const melding = await saveNewMelding(key, input, { id: 'm1', now, draftId: 'melding:nieuw' });
    expect(melding).toMatchObject({ id: 'm1', status: 'nieuw', createdAt: now.toISOString() });
    expect(await loadDraft(key, 'melding:nieuw')).toBeUndefined();
    expect(await loadMeldingen(key)).toEqual([melding]);
    const row = await database().meldingen.get('m1');
    expect(JSON.stringify(row)).not.toMatch(/Daan|glijbaan|Merel|Schoolplein|p1/);
    expect(row).toMatchObject({ status: 'nieuw', createdAt: now.toISOString() });
  });

  it('leave both melding and draft untouched when the disk is full', async () => {
    await saveDraft(key, 'melding:nieuw', { description: 'Daan werd' }, now, 0);
    const db = database();
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.meldingen.hook('creating', full);
    const error = await saveNewMelding(key, input, { id: 'm1', now, draftId: 'melding:nieuw' }).catch((e: unknown) => e);
    db.meldingen.hook('creating').unsubscribe(full);
    expect(dutchMessage(error)).toBe(messages.quota);
    expect(await db.meldingen.count()).toBe(0);
    expect((await loadDraft(key, 'melding:nieuw'))?.values).toEqual({ description: 'Daan werd' });
  });

  it('write a draft only over the revision this tab saw', async () => {
    const tabA = await saveDraft(key, 'melding:nieuw', { description: 'tab A' }, now, 0);
    expect(tabA).toBe(1);
    const error = await saveDraft(key, 'melding:nieuw', { description: 'tab B' }, now, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftConflictError);
    expect((error as DraftConflictError).current?.values).toEqual({ description: 'tab A' });
    expect((await loadDraft(key, 'melding:nieuw'))?.values).toEqual({ description: 'tab A' });
    expect(await saveDraft(key, 'melding:nieuw', { description: 'tab B, bewust' }, now, 1)).toBe(2);
    await saveNewMelding(key, input, { id: 'm1', now, draftId: 'melding:nieuw' });
    const afterSave = await saveDraft(key, 'melding:nieuw', { description: 'late' }, now, 2).catch((e: unknown) => e);
    expect((afterSave as DraftConflictError).current).toBeUndefined();
  });

  it('reopen the database when the connection was lost, and the save succeeds', async () => {
    await saveNewMelding(key, input, { id: 'm1', now });
    database().close();
    await saveNewMelding(key, input, { id: 'm2', now });
    expect((await loadMeldingen(key)).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
  });
});
