import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import { ConversationScreen } from '../../src/features/conversation/ConversationScreen';
import { Routes } from '../../src/app/Routes';
import { useSchool } from '../../src/features/session/school-store';
import { sealConversation, unseal, useSeal } from '../../src/features/session/seal-store';
import { freshDatabase } from '../unit/test-db';
import { HOLD_MS } from '../../src/ui/HoldToConfirm';
import { newZaak, validStap1, validStap2 } from '../unit/zaak-builders';
import { SCHOOL_PASSPHRASE, schoolWith } from './zaak-school';

describe('conversation screens', () => {
  beforeEach(() => {
    freshDatabase();
    unseal();
  });
  afterEach(() => vi.useRealTimers());

  it('refuses a step out of order with a Dutch message', async () => {
    const data = await schoolWith(newZaak());
    render(<ConversationScreen data={data} id="z1" stepId="stap3" round={1} />);
    expect(screen.getByRole('alert').textContent).toBe('Stap 3 kan nu niet. Eerst: Stap 1.');
    expect(screen.queryByRole('button', { name: 'Gesprek afronden' })).toBeNull();
  });

  it('stap 1 shows what the domain still needs, and never offers the bullied child for the group', async () => {
    const data = await schoolWith(newZaak());
    render(<ConversationScreen data={data} id="z1" stepId="stap1" round={1} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gesprek afronden' }));
    const alert = await screen.findByText('Het gesprek is nog niet afgerond:');
    const list = alert.parentElement!.textContent!;
    expect(list).toContain('Beschrijf wat er speelt.');
    expect(list).toContain('Stel samen met de leerling een supportgroep samen.');
    expect(list).toContain('Vink af: Supportgroep samen met de leerling samengesteld.');
    expect(list).toContain('Geef aan of dit gedaan is of nog moet gebeuren: Actiepunt: tijdelijk een extra surveillant op de speelplaats geregeld.');
    // A task is answered honestly: done, or still to do, never a tick that is not true.
    const task = screen.getByRole('group', { name: 'Ouders erbij betrokken' });
    expect([...task.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Gedaan', 'Nog te doen']);
    fireEvent.input(screen.getByLabelText('Zoek op naam'), { target: { value: 'kind' } });
    const offered = (await screen.findAllByRole('button', { pressed: false })).map((b) => b.textContent);
    expect(offered.some((t) => t?.includes('Kind0'))).toBe(false);
    expect(offered.some((t) => t?.includes('Kind1'))).toBe(true);
  });

  it('stap 1 asks who bullies, or why that is not known yet; a day after today is refused by its field', async () => {
    const data = await schoolWith(newZaak());
    render(<ConversationScreen data={data} id="z1" stepId="stap1" round={1} />);
    fireEvent.input(await screen.findByLabelText('Zoek op naam'), { target: { value: 'kind' } });
    fireEvent.click((await screen.findAllByRole('button', { pressed: false })).find((b) => b.textContent?.includes('Kind1'))!);
    // The role starts as Buitenstaander: nobody is named as pester yet.
    expect((screen.getByLabelText(/^Rol van Kind1/) as HTMLSelectElement).value).toBe('buitenstaander');
    const day = screen.getByLabelText('Gehouden op') as HTMLInputElement;
    fireEvent.input(day, { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gesprek afronden' }));
    const list = (await screen.findByText('Het gesprek is nog niet afgerond:')).parentElement!.textContent!;
    expect(list).toContain('Geef bij minstens één kind de rol Pester, of vink aan dat nog niet bekend is wie pest en schrijf waarom.');
    expect(list).toContain('ligt in de toekomst');
    expect(day.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByLabelText('Nog niet bekend wie pest'));
    expect(screen.getByLabelText('Waarom is dat nog niet bekend?')).toBeTruthy();
  });

  it('stap 2 in gespreksmodus shows no role, nothing private and no link', async () => {
    const after1 = finishConversation(jpsProtocol, newZaak(), { ...validStap1(), answers: { 'wat-speelt': 'GEHEIM: uitgescholden bij de schommels', gevoel: 1 } }, new Date());
    if (!after1.ok) throw new Error('stap 1 should finish');
    const data = await schoolWith(after1.zaak);
    render(<ConversationScreen data={data} id="z1" stepId="stap2" round={1} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gespreksmodus starten (voor de groep)' }));
    const view = await screen.findByTestId('gespreksmodus');
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
    const text = view.textContent!;
    for (const hidden of ['GEHEIM', 'schommels', 'Pester', 'Assistent', 'Verdediger', 'Vriend', 'Buitenstaander', 'Leider', 'Achternaam', 'klas op de hoogte'])
      expect(text).not.toContain(hidden);
    expect(text).toContain('Wat kunnen jullie doen zodat Kind0 zich weer fijn voelt op school?');
    expect(screen.getAllByLabelText(/^Actiepunt van Kind/)).toHaveLength(6);
    expect(document.body.textContent).not.toContain('GEHEIM');
  });

  it('a step the school marked as seen by children shows only its open questions in gespreksmodus, never a private one', async () => {
    const after1 = finishConversation(jpsProtocol, newZaak(), validStap1(), new Date());
    if (!after1.ok) throw new Error('stap 1 should finish');
    const after2 = finishConversation(jpsProtocol, after1.zaak, validStap2(after1.zaak), new Date());
    if (!after2.ok) throw new Error('stap 2 should finish');
    const data = await schoolWith({ ...after2.zaak, protocol: { prompts: {}, roles: {}, childrenLook: { stap3: true } } });
    render(<ConversationScreen data={data} id="z1" stepId="stap3" round={1} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gespreksmodus starten (voor de groep)' }));
    const sealed = await screen.findByTestId('gespreksmodus');
    expect(sealed.textContent).toContain('Evaluatiegesprek met de gepeste leerling');
    // Stap 3's questions are all private: none of them, no role, no link.
    for (const hidden of ['Hoe voel je je nu?', 'Wat is er veranderd?', 'Pester']) expect(sealed.textContent).not.toContain(hidden);
    expect(sealed.querySelectorAll('a')).toHaveLength(0);
  });

  it('asks once before holding an evaluation before its planned day', async () => {
    // Stap 2 held yesterday (24 November): the evaluation is planned for 1 December.
    const after1 = finishConversation(jpsProtocol, newZaak(), validStap1('2026-11-23'), new Date('2026-11-23T10:00:00Z'));
    if (!after1.ok) throw new Error('stap 1 should finish');
    const after2 = finishConversation(jpsProtocol, after1.zaak, validStap2(after1.zaak, '2026-11-24'), new Date('2026-11-24T10:00:00Z'));
    if (!after2.ok) throw new Error('stap 2 should finish');
    const data = await schoolWith(after2.zaak);
    const { unmount } = render(<ConversationScreen data={data} id="z1" stepId="stap3" round={1} />);
    expect(await screen.findByText(/Dit gesprek staat gepland op 1 december 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gesprek afronden' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, nu houden' }));
    await screen.findByRole('button', { name: 'Gesprek afronden' });
    await waitFor(() => expect(screen.getByTestId('draft-status').dataset.state).toBe('saved'));
    unmount();
    // Asked once: the choice is kept with the conversation's draft.
    render(<ConversationScreen data={data} id="z1" stepId="stap3" round={1} />);
    await screen.findByRole('button', { name: 'Gesprek afronden' });
    expect(screen.queryByText(/Dit gesprek staat gepland op/)).toBeNull();
  });

  it('stap 2 refuses to finish until every member has an action', async () => {
    const after1 = finishConversation(jpsProtocol, newZaak(), validStap1(), new Date());
    if (!after1.ok) throw new Error('stap 1 should finish');
    const data = await schoolWith(after1.zaak);
    sealConversation({ zaakId: 'z1', stepId: 'stap2', round: 1 });
    render(<ConversationScreen data={data} id="z1" stepId="stap2" round={1} />);
    const fields = await screen.findAllByLabelText(/^Actiepunt van Kind/);
    fields.slice(0, 5).forEach((field, i) => fireEvent.input(field, { target: { value: `Ik help ${i}` } }));
    await leaveGespreksmodus();
    fireEvent.click(await screen.findByRole('button', { name: 'Gesprek afronden' }));
    expect(await screen.findByText('Van elk kind wordt minimaal één actiepunt gevraagd; nog 1 kind zonder.', { selector: 'li' })).toBeTruthy();
    await waitFor(() => expect(useSchool.getState().data?.zaken[0]?.conversations).toHaveLength(1));
  });

  it('leaves gespreksmodus only after holding the button, confirming and typing a passphrase; a tap, an early release or a guess does nothing', async () => {
    const after1 = finishConversation(jpsProtocol, newZaak(), validStap1(), new Date());
    if (!after1.ok) throw new Error('stap 1 should finish');
    const data = await schoolWith(after1.zaak);
    sealConversation({ zaakId: 'z1', stepId: 'stap2', round: 1 });
    render(<ConversationScreen data={data} id="z1" stepId="stap2" round={1} />);
    await screen.findByTestId('gespreksmodus');
    vi.useFakeTimers();
    const leave = screen.getByRole('button', { name: /Gespreksmodus verlaten/ });
    fireEvent.click(leave);
    fireEvent.pointerDown(leave);
    await vi.advanceTimersByTimeAsync(HOLD_MS - 200);
    fireEvent.pointerUp(leave);
    await vi.advanceTimersByTimeAsync(HOLD_MS);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByTestId('gespreksmodus')).toBeTruthy();

    fireEvent.pointerDown(screen.getByRole('button', { name: /Gespreksmodus verlaten/ }));
    await vi.advanceTimersByTimeAsync(HOLD_MS);
    fireEvent.click(await screen.findByRole('button', { name: 'Nee, blijven' }));
    expect(useSeal.getState().seal).not.toBeNull();
    vi.useRealTimers();
    // Held and confirmed, but without the secret: still sealed. A child does not know it.
    await leaveGespreksmodus('raden maar');
    await screen.findByText(/^Dit wachtwoord opent gespreksmodus niet/);
    expect(useSeal.getState().seal).not.toBeNull();
    expect(screen.getByTestId('gespreksmodus')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Wachtwoord van de school of uw eigen wachtwoord'), { target: { value: SCHOOL_PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Gespreksmodus verlaten' }));
    await waitFor(() => expect(useSeal.getState().seal).toBeNull());
    expect(await screen.findByRole('button', { name: 'Gesprek afronden' })).toBeTruthy();
  });

  it('stays sealed when the sealed zaak is gone from the tablet (removed elsewhere, or by a server): a neutral screen, left only with a passphrase', async () => {
    const after1 = finishConversation(jpsProtocol, newZaak(), validStap1(), new Date());
    if (!after1.ok) throw new Error('stap 1 should finish');
    const data = await schoolWith(after1.zaak);
    sealConversation({ zaakId: 'a-zaak-no-longer-here', stepId: 'stap2', round: 1 });
    render(<Routes data={data} />);
    await screen.findByRole('heading', { name: 'Even pauze' });
    expect(document.body.textContent).not.toMatch(/Pester|Zaken|Meldingen|Instellingen|Wie gebruikt deze tablet/);
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
    await leaveGespreksmodus('raden maar');
    await screen.findByText(/^Dit wachtwoord opent gespreksmodus niet/);
    expect(useSeal.getState().seal).not.toBeNull();
    fireEvent.input(screen.getByLabelText('Wachtwoord van de school of uw eigen wachtwoord'), { target: { value: SCHOOL_PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Gespreksmodus verlaten' }));
    await waitFor(() => expect(useSeal.getState().seal).toBeNull());
  });

  it('stap 4 has a gespreksmodus too: the questions and each child’s action, no decision and no role', async () => {
    const after1 = finishConversation(jpsProtocol, newZaak(), validStap1(), new Date('2026-11-02T10:00:00Z'));
    if (!after1.ok) throw new Error('stap 1 should finish');
    const after2 = finishConversation(jpsProtocol, after1.zaak, validStap2(after1.zaak), new Date('2026-11-03T10:00:00Z'));
    if (!after2.ok) throw new Error('stap 2 should finish');
    const data = await schoolWith(after2.zaak);
    render(<ConversationScreen data={data} id="z1" stepId="stap4" round={1} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gespreksmodus starten (voor de groep)' }));
    const text = (await screen.findByTestId('gespreksmodus')).textContent!;
    expect(text).toContain('Is de situatie van de gepeste leerling verbeterd?');
    expect(text).toContain('Kind1: “Ik speel met haar (p1)” — uitgevoerd?');
    for (const hidden of ['Pester', 'Verdediger', 'Achternaam', 'opgeheven', 'tweede en tevens laatste']) expect(text).not.toContain(hidden);
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
  });
});

/** The lead's deliberate step: hold the button, confirm, and prove it with a passphrase. */
async function leaveGespreksmodus(passphrase = SCHOOL_PASSPHRASE) {
  vi.useFakeTimers();
  fireEvent.pointerDown(screen.getByRole('button', { name: /Gespreksmodus verlaten/ }));
  await vi.advanceTimersByTimeAsync(HOLD_MS);
  vi.useRealTimers();
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, verlaten' }));
  fireEvent.input(await screen.findByLabelText('Wachtwoord van de school of uw eigen wachtwoord'), { target: { value: passphrase } });
  fireEvent.click(screen.getByRole('button', { name: 'Gespreksmodus verlaten' }));
}
