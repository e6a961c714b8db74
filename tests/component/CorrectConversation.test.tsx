import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { zaakStore } from '../../src/data/stores';
import { database } from '../../src/data/connection';
import type { Zaak } from '../../src/domain/case/zaak';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { useSchool } from '../../src/features/session/school-store';
import { requireKey } from '../../src/features/session/lock-store';
import { DossierSection } from '../../src/features/zaken/DossierSection';
import { freshDatabase } from '../unit/test-db';
import { at, newZaak, validStap1, validStap2 } from '../unit/zaak-builders';
import { schoolWith } from './zaak-school';

const step = (z: Zaak, c: Parameters<typeof finishConversation>[2], day: string) => {
  const r = finishConversation(jpsProtocol, z, c, at(day));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.zaak;
};

describe('correcting a held conversation on screen', () => {
  beforeEach(() => freshDatabase());

  it('asks why, adds the correction beside the held conversation, and the dossier shows the new text with the old', async () => {
    let zaak = step(newZaak(), validStap1(), '2026-11-02');
    zaak = step(zaak, validStap2(zaak), '2026-11-03');
    const data = await schoolWith(zaak);
    const { rerender } = render(<DossierSection data={data} zaak={zaak} />);
    const stap1 = screen.getByRole('region', { name: /^Stap 1/ });
    // happy-dom drops fireEvent.change on a select (see MeldingForm.test): the browser's own event.
    const what = within(stap1).getByLabelText('Wat corrigeert u?') as HTMLSelectElement;
    what.value = 'answer:wat-speelt';
    what.dispatchEvent(new Event('change', { bubbles: true }));
    await within(stap1).findByText('Nu staat er: “Buitengesloten bij het voetbal”');
    fireEvent.input(within(stap1).getByLabelText('Wat er had moeten staan'), { target: { value: 'Buitengesloten bij het tikkertje' } });
    fireEvent.click(within(stap1).getByRole('button', { name: 'Correctie vastleggen' }));
    await within(stap1).findByText('Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft in het verslag staan.');
    fireEvent.input(await within(stap1).findByLabelText('Waarom corrigeert u dit?'), { target: { value: 'Verkeerd overgenomen.' } });
    fireEvent.click(within(stap1).getByRole('button', { name: 'Correctie vastleggen' }));
    await within(stap1).findByRole('status');

    // Stored: the conversation as held, and the correction beside it.
    const stored = await zaakStore.open(requireKey(), (await database().zaken.get('z1'))!);
    expect(stored.conversations).toEqual(zaak.conversations);
    expect(stored.corrections).toEqual([expect.objectContaining({ field: 'answer:wat-speelt', from: 'Buitengesloten bij het voetbal', to: 'Buitengesloten bij het tikkertje', reason: 'Verkeerd overgenomen.' })]);

    rerender(<DossierSection data={data} zaak={useSchool.getState().data!.zaken[0]!} />);
    const line = screen.getByText('Wat speelt er?', { selector: 'dt' }).closest('div')!;
    expect(line.textContent).toMatch(/Buitengesloten bij het tikkertjeGecorrigeerd op .*\. Eerst stond er: “Buitengesloten bij het voetbal”Reden: Verkeerd overgenomen\./);
  });
});
