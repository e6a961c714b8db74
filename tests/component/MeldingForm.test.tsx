import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { loadDraft } from '../../src/data/drafts';
import { loadMeldingen } from '../../src/data/meldingen';
import { MeldingForm } from '../../src/features/meldingen/MeldingForm';
import { NEW_MELDING_DRAFT } from '../../src/features/meldingen/melding-actions';
import { useSchool } from '../../src/features/session/school-store';
import { freshDatabase } from '../unit/test-db';
import { unlockSmallSchool } from './school-fixture';

async function renderForm() {
  const { data, key } = await unlockSmallSchool();
  const view = render(<MeldingForm data={data} />);
  await screen.findByRole('heading', { name: 'Nieuwe melding' });
  return { data, key, view };
}

describe('the melding form', () => {
  beforeEach(() => {
    freshDatabase();
    window.location.hash = '#/meldingen/nieuw';
  });

  it('says in Dutch what is missing and saves nothing', async () => {
    const { key } = await renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Melding opslaan' }));
    expect(await screen.findByText('Kies minstens één leerling.')).toBeTruthy();
    expect(screen.getByText('Vul in wat er is gebeurd.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('nog niet opgeslagen');
    expect(screen.getByLabelText('Wat is er gebeurd?').getAttribute('aria-invalid')).toBe('true');
    expect(await loadMeldingen(key)).toEqual([]);
  });

  it('autosaves what is typed as an encrypted draft and brings it back', async () => {
    const { data, key, view } = await renderForm();
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'Tas afgepakt bij het hek' } });
    await waitFor(async () => expect((await loadDraft(key, NEW_MELDING_DRAFT))?.values.description).toBe('Tas afgepakt bij het hek'));
    expect(screen.getByTestId('draft-status').textContent).toMatch(/Concept bewaard/);
    const raw = await database().drafts.get(NEW_MELDING_DRAFT);
    expect(JSON.stringify(raw)).not.toContain('afgepakt');

    view.unmount();
    render(<MeldingForm data={data} />);
    const field = (await screen.findByLabelText('Wat is er gebeurd?')) as HTMLTextAreaElement;
    expect(field.value).toBe('Tas afgepakt bij het hek');
    expect(screen.getByTestId('draft-status').textContent).toMatch(/teruggezet/);
  });

  it('saves a complete melding, drops the draft and opens it', async () => {
    const { key } = await renderForm();
    fireEvent.input(screen.getByLabelText('Zoek op naam'), { target: { value: 'zoe' } });
    fireEvent.click(await screen.findByRole('button', { name: /Zoë Distelhoek/ }));
    expect(screen.getByRole('button', { name: 'Zoë Distelhoek verwijderen' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Blauwe brievenbus'));
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'Briefje: ze lachen me uit.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Melding opslaan' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meldingen\/[0-9a-f-]{36}$/));
    const saved = await loadMeldingen(key);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ reporterKind: 'blauwe-brievenbus', pupilIds: ['p1'], description: 'Briefje: ze lachen me uit.' });
    expect(await loadDraft(key, NEW_MELDING_DRAFT)).toBeUndefined();
    expect(useSchool.getState().data?.meldingen).toHaveLength(1);
  });

  it('filters pupils by group', async () => {
    await renderForm();
    const select = screen.getByLabelText('Groep') as HTMLSelectElement;
    // happy-dom drops fireEvent.change on this select; a native event is what the browser sends anyway.
    select.value = 'g6';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await screen.findByText('1 leerling gevonden')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Emma Vlierbes/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Zoë/ })).toBeNull();
  });
});
