import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { schoolStore } from '../../src/data/stores';
import { encryptFile } from '../../src/data/transfer/encrypted-file';
import { applyImport } from '../../src/data/transfer/import-records';
import { ARCHIVE_FORMAT } from '../../src/domain/transfer/archive';
import { planMerge } from '../../src/domain/transfer/merge';
import { useSchool } from '../../src/features/session/school-store';
import { TransferScreen } from '../../src/features/transfer/TransferScreen';
import { freshDatabase } from '../unit/test-db';
import { unlockSmallSchool } from './school-fixture';

describe('importing a transfer file', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('shows a differing pupil side by side and imports only after the user chose', { timeout: 20_000 }, async () => {
    const { data, key } = await unlockSmallSchool();
    await schoolStore.put(key, data.school);
    const local = { groups: data.groups, pupils: data.pupils, staff: data.staff, meldingen: [], zaken: [], incidents: [] };
    await applyImport(key, planMerge({ ...local, groups: [], pupils: [], staff: [] }, local), {});
    const incoming = { ...local, pupils: data.pupils.map((p) => (p.id === 'p1' ? { ...p, firstName: 'Zoey' } : p)) };
    const text = await encryptFile(
      JSON.stringify({ format: ARCHIVE_FORMAT, schemaVersion: 1, createdAt: '2026-11-25T10:00:00.000Z', school: 'De Linde', records: incoming }),
      'eenmalig wachtwoord',
      100_000,
    );
    render(<TransferScreen data={data} />);
    const input = screen.getByLabelText('Bestand') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'overdracht.kring')] });
    // happy-dom drops fireEvent.change here too (see MeldingForm.test); the browser sends a plain change event.
    input.dispatchEvent(new Event('change', { bubbles: true }));
    fireEvent.input(screen.getByLabelText('Wachtwoord van het bestand'), { target: { value: 'eenmalig wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bestand lezen' }));
    const plan = await screen.findByTestId('import-plan', {}, { timeout: 5000 });
    expect(plan.textContent).toContain('Verschillend, u kiest: 1');
    expect(screen.getByText(/Deze tablet:/).parentElement!.textContent).toContain('Zoë Distelhoek');
    expect(screen.getByText(/Uit het bestand:/).parentElement!.textContent).toContain('Zoey Distelhoek');
    const importButton = screen.getByRole('button', { name: 'Kies eerst bij 1 verschil' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);

    fireEvent.click(screen.getByLabelText(/Uit het bestand:/));
    fireEvent.click(await screen.findByRole('button', { name: 'Importeren' }));
    await screen.findByText(/Ingelezen: 1 gegeven toegevoegd of bijgewerkt, 6 al gelijk, 0 van deze tablet behouden\./, {}, { timeout: 5000 });
    await waitFor(() => expect(useSchool.getState().data?.pupils.find((p) => p.id === 'p1')?.firstName).toBe('Zoey'));
  });
});
