import type { DataKey } from '../../data/crypto/cipher';
import { DEMO_PASSPHRASE, DEMO_SCHOOL_NAME } from '../../data/demo/demo-credentials';
import { writeDeviceSettings } from '../../data/device-settings';
import { loadSchoolData } from '../../data/school-data';
import { requestPersistence } from '../../data/storage-status';
import { createVault } from '../../data/vault';
import { clock } from '../../domain/clock';
import { armAutoLock } from '../lock/lock-actions';
import { enterUnlocked } from '../session/session-actions';

export interface CreatedSchool {
  key: DataKey;
  recoveryKey: string;
}

export async function createSchool(schoolName: string, passphrase: string): Promise<CreatedSchool> {
  const { key, recoveryKey } = await createVault({ schoolName: schoolName.trim(), passphrase, isDemo: false, now: clock.now() });
  return { key, recoveryKey };
}

/** The fictional demo school; its generator is a chunk of its own, loaded only when asked for. */
export async function createDemoSchool(): Promise<CreatedSchool> {
  const { loadDemoSchool } = await import('../../data/demo/load-demo');
  const now = clock.now();
  const { key, recoveryKey } = await createVault({ schoolName: DEMO_SCHOOL_NAME, passphrase: DEMO_PASSPHRASE, isDemo: true, now });
  await loadDemoSchool(key, now);
  return { key, recoveryKey };
}

/**
 * After the recovery key was confirmed: ask to keep the storage, then open the app. The request is
 * not awaited: Firefox answers it only after the user responds to its permission prompt.
 */
export async function finishSetup(key: DataKey): Promise<void> {
  await writeDeviceSettings({ persistenceRequested: true });
  void requestPersistence();
  enterUnlocked(key, await loadSchoolData(key), null);
  await armAutoLock();
}
