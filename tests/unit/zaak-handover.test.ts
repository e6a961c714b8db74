import { describe, expect, it } from 'vitest';
import { zaakTimeline } from '../../src/domain/case/timeline';
import { handOverZaak } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { at, newZaak } from './zaak-builders';

describe('handing over the lead of a zaak', () => {
  it('changes the lead, keeps who led before in the timeline, and counts as a change', () => {
    const zaak = newZaak({ leadStaffId: 'juf', leadRole: 'leerkracht' });
    const result = handOverZaak(zaak, { to: 'ivp', toRole: 'ivp', by: 'directeur' }, at('2026-11-20'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.zaak).toMatchObject({ leadStaffId: 'ivp', leadRole: 'ivp', rev: zaak.rev + 1 });
    const entry = zaakTimeline(jpsProtocol, result.zaak).find((e) => e.title === 'Leiding overgedragen');
    expect(entry).toMatchObject({ by: 'directeur', staffIds: ['juf', 'ivp'] });
  });

  it('refuses a closed zaak, no choice, or the same lead, in Dutch', () => {
    const closed = { ...newZaak(), status: 'gesloten' as const };
    expect(handOverZaak(closed, { to: 'ivp', toRole: 'ivp' }, at('2026-11-20'))).toEqual({ ok: false, errors: { _: 'Deze zaak is gesloten. Heropen de zaak om de leiding over te dragen.' } });
    expect(handOverZaak(newZaak(), { to: '', toRole: 'ivp' }, at('2026-11-20'))).toEqual({ ok: false, errors: { to: 'Kies wie de zaak overneemt.' } });
    expect(handOverZaak(newZaak(), { to: 'juf', toRole: 'leerkracht' }, at('2026-11-20'))).toEqual({ ok: false, errors: { to: 'Deze medewerker leidt de zaak al.' } });
  });
});
