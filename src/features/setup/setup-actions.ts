import type { DataKey } from '../../data/crypto/cipher';
import { DEMO_PASSPHRASE, DEMO_SCHOOL_NAME } from '../../data/demo/demo-credentials';
import { writeDeviceSettings } from '../../data/device-settings';
import { loadSchoolData } from '../../data/school-data';
import { requestPersistence } from '../../data/storage-status';
import { createVault } from '../../data/vault';
import { saveSchool } from '../../data/school-settings';
import { clock } from '../../domain/clock';
import type { FirstStartStep } from '../../domain/school';
import { requireKey } from '../session/lock-store';
import { requireData, setSchool } from '../session/school-store';
import { chooseStaff } from '../session/user-store';
import { armAutoLock } from '../lock/lock-actions';
import { enterUnlocked } from '../session/session-actions';

export interface CreatedSchool {
  key: DataKey;
  recoveryKey: string;
  schoolName: string;
  isDemo: boolean;
}

export async function createSchool(schoolName: string, passphrase: string): Promise<CreatedSchool> {
  const { key, recoveryKey, school } = await createVault({ schoolName: schoolName.trim(), passphrase, isDemo: false, now: clock.now() });
  return { key, recoveryKey, schoolName: school.name, isDemo: false };
}

/** The fictional demo school; its generator is a chunk of its own, loaded only when asked for. */
export async function createDemoSchool(): Promise<CreatedSchool> {
  const { loadDemoSchool } = await import('../../data/demo/load-demo');
  const now = clock.now();
  const { key, recoveryKey } = await createVault({ schoolName: DEMO_SCHOOL_NAME, passphrase: DEMO_PASSPHRASE, isDemo: true, now });
  await loadDemoSchool(key, now);
  return { key, recoveryKey, schoolName: DEMO_SCHOOL_NAME, isDemo: true };
}

/**
 * After the recovery key was confirmed: ask to keep the storage, then open the app. The request is
 * not awaited: Firefox answers it only after the user responds to its permission prompt.
 */
export async function finishSetup(key: DataKey): Promise<void> {
  await writeDeviceSettings({ persistenceRequested: true });
  void requestPersistence();
  enterUnlocked(key, await loadSchoolData(key, { atUnlock: true }), null);
  await armAutoLock();
}

/** The guide moves on a step; kept in the school's record, so a reload or lock resumes there. */
export async function moveFirstStart(step: FirstStartStep): Promise<void> {
  const school = { ...requireData().school, firstStart: step };
  await saveSchool(requireKey(), school);
  setSchool(school);
}

/** The first start ends when someone says who they are: from then on the tablet asks at every unlock. */
export async function endFirstStart(staffId: string): Promise<void> {
  const { firstStart: _done, ...set } = requireData().school;
  await saveSchool(requireKey(), set);
  setSchool(set);
  chooseStaff(staffId);
  // Remembered for the next unlock's order; the person goes on even if the tablet cannot store it.
  await writeDeviceSettings({ staffId }).catch(() => undefined);
}
