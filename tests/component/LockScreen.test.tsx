import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { pupilStore } from '../../src/data/stores';
import { createVault } from '../../src/data/vault';
import { lockNow } from '../../src/features/lock/lock-actions';
import { useLock } from '../../src/features/session/lock-store';
import { useSchool } from '../../src/features/session/school-store';
import { enterLocked } from '../../src/features/session/session-actions';
import { freshDatabase, TEST_ITERATIONS } from '../unit/test-db';

const passphrase = 'een lange zin voor de school';

async function lockedSchool() {
  const vault = await createVault({ schoolName: 'De Linde', passphrase, isDemo: false, now: new Date(), iterations: TEST_ITERATIONS });
  await pupilStore.put(vault.key, { id: 'p1', firstName: 'Zoë', lastName: 'Distelhoek', groupId: 'g5' });
  enterLocked(false);
  return vault;
}

describe('the lock screen', () => {
  beforeEach(() => {
    freshDatabase();
    window.location.hash = '#/';
  });

  it('refuses a wrong passphrase with a clear message and stays locked', async () => {
    await lockedSchool();
    render(<App />);
    fireEvent.input(screen.getByLabelText('Wachtwoord'), { target: { value: 'verkeerd wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText('Dit wachtwoord klopt niet. Probeer het opnieuw.')).toBeTruthy();
    expect(useLock.getState().phase).toBe('locked');
    expect(useLock.getState().key).toBeNull();
  });

  it('asks for the passphrase before trying', async () => {
    await lockedSchool();
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText('Vul het wachtwoord in.')).toBeTruthy();
  });

  it('unlocks with the passphrase, and with the recovery key', async () => {
    const { recoveryKey } = await lockedSchool();
    render(<App />);
    fireEvent.input(screen.getByLabelText('Wachtwoord'), { target: { value: passphrase } });
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await waitFor(() => expect(useLock.getState().phase).toBe('unlocked'));
    expect(await screen.findByRole('button', { name: 'Vergrendel' })).toBeTruthy();

    await lockNow();
    fireEvent.click(await screen.findByRole('button', { name: /Herstelsleutel gebruiken/ }));
    fireEvent.input(screen.getByLabelText('Herstelsleutel'), { target: { value: recoveryKey.toLowerCase() } });
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await waitFor(() => expect(useLock.getState().phase).toBe('unlocked'));
  });

  it('shows nothing of any child once locked', async () => {
    await lockedSchool();
    window.location.hash = '#/meldingen/nieuw';
    render(<App />);
    fireEvent.input(screen.getByLabelText('Wachtwoord'), { target: { value: passphrase } });
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    fireEvent.input(await screen.findByLabelText('Zoek op naam'), { target: { value: 'zo' } });
    expect(await screen.findByText(/Zoë Distelhoek/)).toBeTruthy();

    await lockNow();
    await screen.findByRole('heading', { name: 'Kring is vergrendeld' });
    expect(document.body.textContent).not.toContain('Zoë');
    expect(document.body.textContent).not.toContain('De Linde');
    expect(useSchool.getState().data).toBeNull();
  });
});
