import { create } from 'zustand';

/**
 * Who uses the tablet now, so the timeline can say who recorded what. Personal: unlocked with the
 * person's own passphrase, so the name is fixed until the lock.
 */
export const useUser = create<{ staffId: string | null; personal: boolean; settingUp: boolean }>()(() => ({ staffId: null, personal: false, settingUp: false }));

/** Personal: the name was proven with the person's own passphrase, so it stays until the lock. */
export function chooseStaff(staffId: string, personal = false): void {
  useUser.setState({ staffId, personal });
}

/** "Wissel": the next person picks their name. */
export function forgetStaff(): void {
  useUser.setState({ staffId: null, personal: false, settingUp: false });
}

export const currentStaffId = (): string | null => useUser.getState().staffId;
