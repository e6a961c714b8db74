import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PupilPicker } from '../../src/ui/PupilPicker';

const groups = [
  { id: 'g5', name: 'Groep 5', order: 5 },
  { id: 'g6', name: 'Groep 6', order: 6 },
];
const pupils = [
  ...Array.from({ length: 25 }, (_, i) => ({ id: `v${i}`, firstName: `Kind${i}`, lastName: 'Vijf', groupId: 'g5' })),
  { id: 'z1', firstName: 'Maud', lastName: 'Zes', groupId: 'g6' },
];

describe('the pupil picker', () => {
  it('starts on the teacher’s own group and shows all of it, every child counted', () => {
    render(<PupilPicker id="p" label="Over wie?" pupils={pupils} groups={groups} selected={[]} onChange={() => {}} startGroupId="g5" />);
    expect(screen.getByText('25 leerlingen gevonden')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Gevonden leerlingen' })).getAllByRole('button')).toHaveLength(25);
    expect(screen.queryByText(/Typ meer letters/)).toBeNull();
  });

  it('looks in the whole school once a name is typed over the start group', () => {
    render(<PupilPicker id="p" label="Over wie?" pupils={pupils} groups={groups} selected={[]} onChange={() => {}} startGroupId="g5" />);
    fireEvent.input(screen.getByLabelText('Zoek op naam'), { target: { value: 'maud' } });
    expect(within(screen.getByRole('list', { name: 'Gevonden leerlingen' })).getByRole('button').textContent).toContain('Maud Zes');
  });

  it('tells a school without pupils yet where to add them', () => {
    render(<PupilPicker id="p" label="Over wie?" pupils={[]} groups={[]} selected={[]} onChange={() => {}} />);
    expect(screen.getByRole('link', { name: 'Groepen en leerlingen' }).getAttribute('href')).toBe('#/instellingen/leerlingen');
    expect(screen.getByRole('link', { name: 'importeer een lijst' }).getAttribute('href')).toBe('#/instellingen/importeren');
  });
});
