import { create } from 'zustand';

/** A message from the database layer for every screen (another tab upgraded, an upgrade is blocked). */
export const useNotice = create<{ notice: string | null }>()(() => ({ notice: null }));

export function setNotice(notice: string | null): void {
  useNotice.setState({ notice });
}
