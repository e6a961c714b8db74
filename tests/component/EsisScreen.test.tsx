import { render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Conversation, Zaak } from '../../src/domain/case/zaak';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { esisNotes, markEsisEntered } from '../../src/domain/esis/esis-notes';
import { jpsProtocol } from '../../src/domain/protocol';
import { EsisScreen } from '../../src/features/esis/EsisScreen';
import { freshDatabase } from '../unit/test-db';
import { at, newZaak, validExtra, validStap1, validStap2, validStap3, validStap4 } from '../unit/zaak-builders';
import { schoolWith } from './zaak-school';

const step = (z: Zaak, c: Conversation, day: string) => {
  const r = finishConversation(jpsProtocol, z, c, at(day));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.zaak;
};

describe('the Esis screen', () => {
  beforeEach(() => freshDatabase());

  it('says when a note entered in Esis changed since, shows both texts, and points to the follow-up to enter', async () => {
    let zaak = step(newZaak(), validStap1(), '2026-11-02');
    zaak = step(zaak, validStap2(zaak), '2026-11-03');
    zaak = step(zaak, validStap3(1, '2026-11-10'), '2026-11-10');
    zaak = step(zaak, validStap4(zaak, 1, '2026-11-10', 'extra-stap'), '2026-11-10');
    // The Assistent's note went into the dagboek; then the Assistent kept bullying.
    const before = esisNotes(jpsProtocol, zaak, { name: (id) => id }).find((n) => n.key === 'p2')!;
    zaak = markEsisEntered(zaak, before, true, at('2026-11-04'));
    zaak = step(zaak, validExtra(1, '2026-11-11', 'p2'), '2026-11-11');
    const data = await schoolWith(zaak);
    render(<EsisScreen data={data} id="z1" />);

    const first = await screen.findByRole('region', { name: 'Eerste notitie: Kind2 Achternaam2 (Groep 5)' });
    expect(within(first).getByText('Incidenten → pesten')).toBeTruthy();
    expect(within(first).getByRole('status').textContent).toMatch(
      /^Deze notitie is veranderd sinds ze op .* in Esis werd ingevoerd\. .* Wat er sindsdien gebeurde, staat in de vervolgnotitie hieronder\.$/,
    );
    expect(within(first).getByTestId('esis-note-text').textContent).toMatch(/^Pesten\. Kind2 Achternaam2 is betrokken bij pestgedrag/);
    // Entered in the dagboek before: the teacher is told where the old note sits.
    expect(within(first).getByText(/^Eerder ingevoerd in Dagboek; deze notitie hoort nu onder Incidenten → pesten/)).toBeTruthy();
    expect(within(first).getByText(before.text)).toBeTruthy();
    within(first).getByRole('button', { name: 'Nieuwe tekst ingevoerd in Esis' });
    const followUp = screen.getByRole('region', { name: 'Vervolgnotitie van 11 november 2026: Kind2 Achternaam2 (Groep 5)' });
    expect(within(followUp).getByTestId('esis-note-text').textContent).toContain('confronterend gesprek met Kind2 Achternaam2 en de ouders (extra stap)');
  });
});
