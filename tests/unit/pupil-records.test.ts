import { describe, expect, it } from 'vitest';
import { pupilHasRecords } from '../../src/domain/pupils';
import { newZaak } from './zaak-builders';

describe('a pupil added by mistake', () => {
  const none = { meldingen: [], zaken: [], incidents: [] };
  it('may go while no melding, zaak or incident names them; once named, never', () => {
    expect(pupilHasRecords(none, 'p1')).toBe(false);
    expect(pupilHasRecords({ ...none, meldingen: [{ pupilIds: ['p1'] }] }, 'p1')).toBe(true);
    expect(pupilHasRecords({ ...none, incidents: [{ involved: [{ pupilId: 'p1' }] }] }, 'p1')).toBe(true);
    expect(pupilHasRecords({ ...none, zaken: [newZaak({ members: [{ pupilId: 'p1', role: 'vriend' }] })] }, 'p1')).toBe(true);
    expect(pupilHasRecords({ ...none, zaken: [newZaak({ bulliedPupilId: 'p1' })] }, 'p1')).toBe(true);
    expect(pupilHasRecords({ ...none, zaken: [newZaak()] }, 'p1')).toBe(false);
  });
});

describe('pupil lists', () => {
  it('sort a surname without its tussenvoegsel, as Dutch lists do', async () => {
    const { sortingSurname } = await import('../../src/domain/pupils');
    expect(sortingSurname('de Zwaluwstaart')).toBe('Zwaluwstaart');
    expect(sortingSurname('van der Berg')).toBe('Berg');
    expect(sortingSurname("van 't Hof")).toBe('Hof');
    expect(sortingSurname('Devries')).toBe('Devries');
    const names = ['de Zwaluwstaart', 'Boterbloem', 'van Klaverhoeve', 'Uilenburcht'].sort((a, b) => sortingSurname(a).localeCompare(sortingSurname(b), 'nl'));
    expect(names).toEqual(['Boterbloem', 'van Klaverhoeve', 'Uilenburcht', 'de Zwaluwstaart']);
  });
});
