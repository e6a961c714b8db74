import { clear, createStore, get, set, type UseStore } from 'idb-keyval';

/** Settings of this tablet, not of the school: small, not personal, readable while locked. */

const DEVICE_DB_NAME = 'kring-device';
let opened: UseStore | undefined;
// One connection for the page's life: idb-keyval opens a new one per createStore call.
const store = () => (opened ??= createStore(DEVICE_DB_NAME, 'settings'));

export interface DeviceSettings {
  /** Lock after this many minutes without input. */
  lockAfterMinutes: number;
  /** Whether the browser was asked to keep Kring's storage. */
  persistenceRequested: boolean;
  /** The staff member who uses this tablet (an id only), chosen once after the first unlock. */
  staffId: string | null;
  /** When this tablet last wrote an encrypted copy of its data (ISO), and how often it should. */
  lastBackupAt: string | null;
  backupReminderDays: number;
  /** Wrong passphrases or recovery keys in a row on this tablet, and when the last one was tried. */
  failedUnlocks: number;
  lastFailedUnlockAt: string | null;
  /** The stores (by database name) whose photos are all bound to their row: checked once, not at every unlock. */
  photosBoundIn: string[];
}

export const defaultDeviceSettings: DeviceSettings = {
  lockAfterMinutes: 5,
  persistenceRequested: false,
  staffId: null,
  lastBackupAt: null,
  backupReminderDays: 14,
  failedUnlocks: 0,
  lastFailedUnlockAt: null,
  photosBoundIn: [],
};
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

/** Back to the defaults; the database stays, as idb-keyval keeps its connection open. */
export async function clearDeviceSettings(): Promise<void> {
  await clear(store());
}
