import { beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from '../../src/data/crypto/key-slots';
import { adoptTabletDrafts, loadDraft, personalDraftId, saveDraft } from '../../src/data/drafts';
import { PERSONAL_DRAFT_FORMS } from '../../src/features/session/personal-drafts';
import { freshDatabase } from './test-db';

describe('drafts of a new record, per person', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('are kept per person, so a colleague never finds another’s half-typed melding', () => {
    expect(personalDraftId('melding:nieuw', 'juf')).toBe('melding:nieuw:juf');
    expect(personalDraftId('melding:nieuw', 'meester')).not.toBe(personalDraftId('melding:nieuw', 'juf'));
    expect(personalDraftId('melding:nieuw', null)).toBe('melding:nieuw');
  });

  it('hand a draft from before the update to the person who used the tablet last, sealed anew, once', async () => {
    const { key } = await createDataKey();
    await saveDraft(key, 'melding:nieuw', { description: 'half getypt' }, new Date('2026-11-25T08:00:00Z'), 0);
    await adoptTabletDrafts(key, PERSONAL_DRAFT_FORMS, 'juf');
    expect(await loadDraft(key, 'melding:nieuw')).toBeUndefined();
    expect((await loadDraft(key, 'melding:nieuw:juf'))?.values).toEqual({ description: 'half getypt' });
    // An own draft is never overwritten by an old shared one.
    await saveDraft(key, 'pleinincident', { note: 'oud' }, new Date(), 0);
    await saveDraft(key, 'pleinincident:juf', { note: 'eigen' }, new Date(), 0);
    await adoptTabletDrafts(key, PERSONAL_DRAFT_FORMS, 'juf');
    expect((await loadDraft(key, 'pleinincident:juf'))?.values).toEqual({ note: 'eigen' });
    expect((await loadDraft(key, 'pleinincident'))?.values).toEqual({ note: 'oud' });
  });
});
