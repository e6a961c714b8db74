import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftStatusLine } from '../../src/ui/DraftStatusLine';
import { flushAllDrafts } from '../../src/ui/draft-registry';
import type { DraftStorage, DraftWrite, StoredDraft } from '../../src/ui/draft-storage';
import { AUTOSAVE_DELAY_MS, useAutosavedForm } from '../../src/ui/use-autosaved-form';

/** A draft store whose writes finish only when the test says so, and that remembers what reached it. */
function heldStorage() {
  const stored: Record<string, unknown>[] = [];
  const pending: (() => void)[] = [];
  let rev = 0;
  const storage: DraftStorage = {
    id: 'test:form',
    load: async (): Promise<StoredDraft | undefined> => undefined,
    save: (values) =>
      new Promise<DraftWrite>((resolve) =>
        pending.push(() => {
          stored.push(values);
          resolve({ kind: 'saved', rev: ++rev });
        }),
      ),
    discard: async () => undefined,
  };
  /** Lets the oldest write reach the disk. */
  const finishWrite = async () => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    await act(async () => pending.shift()!());
  };
  return { storage, stored, finishWrite, pending };
}

function Form({ storage }: { storage: DraftStorage }) {
  const form = useAutosavedForm(storage, { text: '' });
  return (
    <>
      <label for="text">Tekst</label>
      <input id="text" value={form.values.text} onInput={(e) => form.setValues({ text: e.currentTarget.value })} />
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
    </>
  );
}

/** The typing pause after which the form writes its draft. */
const pause = () => act(async () => void (await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)));
const line = () => screen.getByTestId('draft-status');
const type = (text: string) => fireEvent.input(screen.getByLabelText('Tekst'), { target: { value: text } });

describe('the save line', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('says "saving" from the first keystroke and "saved" only when that input is stored', async () => {
    const { storage, stored, finishWrite } = heldStorage();
    render(<Form storage={storage} />);
    await waitFor(() => expect(line().dataset.state).toBe('empty'));

    type('Tas afgepakt');
    expect(line().dataset.state).toBe('saving');
    expect(line().textContent).toBe('Concept wordt bewaard…');
    await pause();
    expect(line().dataset.state).toBe('saving');

    await finishWrite();
    expect(stored.at(-1)).toEqual({ text: 'Tas afgepakt' });
    expect(line().dataset.state).toBe('saved');
    expect(line().textContent).toMatch(/^Concept bewaard om \d\d:\d\d\.$/);
  });

  it('never says "saved" while newer input than the stored draft exists', async () => {
    const { storage, stored, finishWrite } = heldStorage();
    render(<Form storage={storage} />);
    await waitFor(() => expect(line().dataset.state).toBe('empty'));

    type('Eerste');
    await pause();
    // Typed while the first write is under way: that write does not hold it.
    type('Eerste en tweede');
    await finishWrite();
    expect(stored.at(-1)).toEqual({ text: 'Eerste' });
    expect(line().dataset.state).toBe('saving');

    await pause();
    await finishWrite();
    expect(stored.at(-1)).toEqual({ text: 'Eerste en tweede' });
    expect(line().dataset.state).toBe('saved');
  });

  it('goes from "saved" back to "saving" at the next keystroke', async () => {
    const { storage, finishWrite } = heldStorage();
    render(<Form storage={storage} />);
    type('a');
    await pause();
    await finishWrite();
    expect(line().dataset.state).toBe('saved');
    type('ab');
    expect(line().dataset.state).toBe('saving');
  });

  it('writes the latest input at once when the page is hidden or Kring locks', async () => {
    const { storage, stored, finishWrite } = heldStorage();
    render(<Form storage={storage} />);
    type('Net getypt');
    const flushed = flushAllDrafts();
    await finishWrite();
    await act(() => flushed);
    expect(stored).toEqual([{ text: 'Net getypt' }]);
    expect(line().dataset.state).toBe('saved');
  });

  it('says in Dutch when the draft could not be stored, and keeps the input', async () => {
    const storage: DraftStorage = {
      id: 'test:full',
      load: async () => undefined,
      save: async () => {
        throw new Error('De opslag van dit apparaat is vol. Er is niets opgeslagen.');
      },
      discard: async () => undefined,
    };
    render(<Form storage={storage} />);
    type('Belangrijk');
    await pause();
    await waitFor(() => expect(line().dataset.state).toBe('error'));
    expect(line().textContent).toBe('Concept niet bewaard: De opslag van dit apparaat is vol. Er is niets opgeslagen.');
    expect((screen.getByLabelText('Tekst') as HTMLInputElement).value).toBe('Belangrijk');
  });
});
