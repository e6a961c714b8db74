import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Lazy, preloadScreen } from '../../src/app/Lazy';

const Guide = ({ who }: { who: string }) => <h1>Kring instellen voor {who}</h1>;
const Start = ({ who }: { who: string }) => <h1>Start van {who}</h1>;

/** A screen in a chunk of its own: what the person sees while it comes, once it is there, and when it cannot come. */
describe('Lazy', () => {
  it('says it is loading until the chunk has come, then shows the screen', async () => {
    const load = () => Promise.resolve(Guide);
    render(<Lazy load={load} props={{ who: 'Bram' }} />);
    expect(screen.getByText('Laden…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Kring instellen voor Bram' })).toBeTruthy();
  });

  it('draws a screen fetched ahead of time in its first render, without "Laden…"', async () => {
    const load = () => Promise.resolve(Start);
    await preloadScreen(load);
    render(<Lazy load={load} props={{ who: 'Bram' }} />);
    expect(screen.getByRole('heading', { name: 'Start van Bram' })).toBeTruthy();
    expect(screen.queryByText('Laden…')).toBeNull();
  });

  it('moves on to the next screen when handed another loader in the same place', async () => {
    const guide = () => Promise.resolve(Guide);
    const start = () => Promise.resolve(Start);
    await preloadScreen(guide);
    const { rerender } = render(<Lazy load={guide} props={{ who: 'Bram' }} />);
    expect(screen.getByRole('heading', { name: 'Kring instellen voor Bram' })).toBeTruthy();
    rerender(<Lazy load={start} props={{ who: 'Bram' }} />);
    expect(await screen.findByRole('heading', { name: 'Start van Bram' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Kring instellen/ })).toBeNull();
  });

  it('says in Dutch when a screen cannot be loaded', async () => {
    const load = () => Promise.reject(new Error('offline and not cached'));
    render(<Lazy load={load} props={{ who: 'Bram' }} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Dit scherm kon niet worden geladen. Herlaad de pagina.');
  });
});
