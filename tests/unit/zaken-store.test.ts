import { beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from '../../src/data/crypto/key-slots';
import { dutchMessage } from '../../src/data/errors';
import { saveNewMelding } from '../../src/data/meldingen';
import { meldingStore, zaakStore } from '../../src/data/stores';
import { changedElsewhere, saveTriage, saveZaak } from '../../src/data/zaken';
import { database } from '../../src/data/connection';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { freshDatabase } from './test-db';
import { at, newZaak, validStap1 } from './zaak-builders';

describe('storing zaken', () => {
  let key: CryptoKey;
  beforeEach(async () => {
    freshDatabase();
    key = (await createDataKey()).key;
  });

  it('saves triage and its zaken together, once', async () => {
    const melding = await saveNewMelding(
      key,
      { reporterKind: 'ouder', reporterName: '', pupilIds: ['gepeste'], description: 'Uitgelachen', occurredOn: '2026-11-01', location: '' },
      { id: 'm1', now: at('2026-11-01') },
    );
    const judged = { ...melding, status: 'zaak' as const };
    await saveTriage(key, judged, [newZaak()]);
    expect((await meldingStore.get(key, 'm1'))?.status).toBe('zaak');
    expect(await zaakStore.all(key)).toHaveLength(1);
    const twice = await saveTriage(key, judged, [newZaak({ id: 'z2' })]).catch((e: unknown) => e);
    expect(dutchMessage(twice)).toBe(changedElsewhere);
    expect(await zaakStore.all(key)).toHaveLength(1);
  });

  it('refuses a change made over an older revision, and says so in Dutch', async () => {
    const zaak = newZaak();
    await zaakStore.put(key, zaak);
    const first = finishConversation(jpsProtocol, zaak, validStap1(), at('2026-11-02'));
    if (!first.ok) throw new Error('stap 1 should finish');
    await saveZaak(key, first.zaak);
    // Another screen still shows revision 1 and finishes the same conversation.
    const stale = finishConversation(jpsProtocol, zaak, { ...validStap1(), answers: { 'wat-speelt': 'anders', gevoel: 3 } }, at('2026-11-02'));
    if (!stale.ok) throw new Error('stale screen thinks it may');
    const error = await saveZaak(key, stale.zaak).catch((e: unknown) => e);
    expect(dutchMessage(error)).toBe(changedElsewhere);
    expect((await zaakStore.get(key, 'z1'))?.conversations[0]?.answers['wat-speelt']).toBe('Buitengesloten bij het voetbal');
    const row = await database().zaken.get('z1');
    expect(JSON.stringify(row)).not.toContain('voetbal');
  });
});
