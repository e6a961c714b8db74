import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Melding } from '../../src/domain/melding';
import { MeldingenList } from '../../src/features/meldingen/MeldingenList';
import { useUser } from '../../src/features/session/user-store';
import { ZakenList } from '../../src/features/zaken/ZakenList';
import { PupilScreen } from '../../src/features/pupils/PupilScreen';
import { newZaak } from '../unit/zaak-builders';
import { smallSchool } from './school-fixture';

/** Years of records stay quick to draw: a list shows fifty per status, and fifty more per tap. */
describe('long lists', () => {
  it('show the zaken a page at a time, each closed one with the day it closed', () => {
    const data = smallSchool();
    data.zaken = Array.from({ length: 60 }, (_, i) =>
      newZaak({ id: `z${i}`, bulliedPupilId: 'p1', leadStaffId: 's2', status: 'gesloten', updatedAt: `2025-05-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`, closing: { at: '2025-05-01T10:00:00.000Z', reason: 'opgeheven', note: '' } }),
    );
    useUser.setState({ staffId: 's2' });
    render(<ZakenList data={data} />);
    expect(screen.getByRole('heading', { name: 'Gesloten zaken (60)' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /Zoë Distelhoek/ })).toHaveLength(50);
    expect(screen.getAllByText(/Gesloten 1 mei 2025/)).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'De laatste 10 zaken tonen' }));
    expect(screen.getAllByRole('link', { name: /Zoë Distelhoek/ })).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /^Nog/ })).toBeNull();
  });

  it('say what the working set holds, and that "none" is of this school year, while older meldingen are sealed', () => {
    const data = { ...smallSchool(), scope: { since: '2026-08-01' }, unopened: { meldingen: 12, zaken: 0 } };
    useUser.setState({ staffId: 's1' });
    render(<MeldingenList data={{ ...data, meldingen: [] as Melding[] }} />);
    expect(screen.getByText('Hier staan de meldingen van dit schooljaar (sinds 1 augustus 2026) en oudere die nog beoordeeld moeten worden.')).toBeTruthy();
    expect(screen.getByText('Er zijn dit schooljaar geen meldingen over uw groep, en geen die u zelf deed.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Oudere meldingen tonen' })).toBeTruthy();
  });
});

describe("a child's page", () => {
  it('shows the newest first, each melding with how it was judged and a link to it, fifty at a time', () => {
    const data = smallSchool();
    data.meldingen = Array.from({ length: 55 }, (_, i) => ({
      id: `m${i}`,
      reporterKind: 'personeel' as const,
      reporterName: '',
      pupilIds: ['p1'],
      description: `Gebeurtenis ${i}`,
      occurredOn: '2026-10-01',
      location: '',
      status: i === 54 ? ('plagen' as const) : ('nieuw' as const),
      createdAt: `2026-10-01T10:${String(i).padStart(2, '0')}:00.000Z`,
      updatedAt: `2026-10-01T10:${String(i).padStart(2, '0')}:00.000Z`,
    }));
    useUser.setState({ staffId: 's2' });
    render(<PupilScreen data={data} id="p1" />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]!.textContent).toContain('Melding (Plagen — afgehandeld) — Gebeurtenis 54');
    expect(screen.getAllByRole('link', { name: 'naar de melding' })[0]!.getAttribute('href')).toBe('#/meldingen/m54');
    fireEvent.click(screen.getByRole('button', { name: 'De laatste 5 gebeurtenissen tonen' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(55);
  });
});
