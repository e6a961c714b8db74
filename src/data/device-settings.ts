import { createStore, get, set } from 'idb-keyval';

/** Settings of this tablet, not of the school: small, not personal, readable while locked. */

export const DEVICE_DB_NAME = 'kring-device';
const store = () => createStore(DEVICE_DB_NAME, 'settings');

export interface DeviceSettings {
  /** Lock after this many minutes without input. */
  lockAfterMinutes: number;
  /** Whether the browser was asked to keep Kring's storage. */
  persistenceRequested: boolean;
}

export const defaultDeviceSettings: DeviceSettings = { lockAfterMinutes: 5, persistenceRequested: false };
export const LOCK_AFTER_CHOICES = [1, 2, 5, 10, 15] as const;

export async function readDeviceSettings(): Promise<DeviceSettings> {
  const saved = await get<Partial<DeviceSettings>>('device', store());
  return { ...defaultDeviceSettings, ...saved };
}

export async function writeDeviceSettings(change: Partial<DeviceSettings>): Promise<DeviceSettings> {
  const next = { ...(await readDeviceSettings()), ...change };
  await set('device', next, store());
  return next;
}
