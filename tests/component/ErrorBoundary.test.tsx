import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

function Broken(): never {
  throw new RangeError('Invalid time value');
}

describe('a screen that cannot be drawn', () => {
  it('shows a Dutch message and a way back, never a blank page', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('heading', { name: 'Dit scherm kan niet worden getoond' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar de start' }).getAttribute('href')).toBe('#/');
    quiet.mockRestore();
  });
});
