import { render } from 'preact';
import { onDatabaseNotice } from '../data/connection';
import { dutchMessage, messages } from '../data/errors';
import { vaultState } from '../data/vault-state';
import { showSetup, showStartError } from '../features/session/lock-store';
import { useNotice, setNotice } from '../features/session/notice-store';
import { enterLocked } from '../features/session/session-actions';
import { App } from './App';
import { applyUpdatesAtTheLock, registerServiceWorker } from './update-store';
import './styles.css';

async function boot(): Promise<void> {
  onDatabaseNotice(setNotice);
  render(<App />, document.getElementById('app')!);
  try {
    const state = await vaultState();
    // The old tab let go: the upgrade went through, so the warning about it has done its job.
    if (useNotice.getState().notice === messages.upgradeBlocked) setNotice(null);
    if (state.kind === 'empty') showSetup();
    else enterLocked(state.isDemo);
    // A User Timing mark for `npm run bench`: the first screen a person can use has been drawn.
    requestAnimationFrame(() => performance.mark('kring:first-screen'));
  } catch (error) {
    showStartError(`Kring kon niet starten. ${dutchMessage(error)}`);
  }
  void registerServiceWorker();
  applyUpdatesAtTheLock();
}

void boot();
