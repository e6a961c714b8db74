import { create } from 'zustand';
import type { SyncStatus } from '../../data/sync/sync-engine';

/**
 * Sync as the screens see it: off (null), or the engine's last status, and the server this tablet
 * uses (never the account's password). Set by sync-actions only; dropped at the lock.
 */
export interface SyncView {
  status: SyncStatus | null;
  server: { server: string; database: string; username: string; enabled: boolean } | null;
}

export const useSync = create<SyncView>()(() => ({ status: null, server: null }));
