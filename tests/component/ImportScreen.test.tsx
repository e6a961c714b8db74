import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { pupilStore } from '../../src/data/stores';
import { useSchool } from '../../src/features/session/school-store';
import { ImportScreen } from '../../src/features/settings/import/ImportScreen';
import { freshDatabase } from '../unit/test-db';
import { unlockSmallSchool } from './school-fixture';

/** happy-dom drops fireEvent.change on file inputs: set the files and send the native event. */
function chooseFile(text: string, name = 'leerlingen.csv') {
  const input = screen.getByLabelText('Bestand met leerlingen (.csv)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('importing pupils', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('asks for a missing column, previews, and imports only after the button, encrypted', async () => {
    const { key } = await unlockSmallSchool();
    render(<ImportScreen data={useSchool.getState().data!} />);
    chooseFile('Naam;Familienaam;Klas\nLot;Importdal;5\nZoë;Distelhoek;5\n');
    // "Naam" is not a header Kring recognises: it asks.
    expect((await screen.findByRole('alert')).textContent).toContain('Kies de kolom met de voornaam.');
    expect(screen.queryByTestId('import-summary')).toBeNull();

    const select = screen.getByLabelText('Voornaam') as HTMLSelectElement;
    select.value = '0';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await screen.findByTestId('import-summary')).textContent).toBe('1 leerling klaar om te importeren, 1 dubbel.');
    expect(screen.getByTestId('import-duplicates').textContent).toContain('Regel 3: Zoë Distelhoek staat al in Kring (Groep 5).');
    expect(await pupilStore.all(key)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '1 leerling importeren' }));
    await screen.findByText('1 leerling geïmporteerd.');
    await waitFor(async () => expect((await pupilStore.all(key)).map((p) => p.firstName)).toEqual(['Lot']));
  });

  it('says in Dutch why a file cannot be read, and changes nothing', async () => {
    const { key } = await unlockSmallSchool();
    render(<ImportScreen data={useSchool.getState().data!} />);
    chooseFile('Voornaam\nLot\n');
    expect((await screen.findByRole('alert')).textContent).toContain('Dit bestand heeft maar één kolom.');
    chooseFile('', 'leeg.csv');
    await screen.findByText('Dit bestand is leeg.');
    expect(await pupilStore.all(key)).toEqual([]);
  });
});
