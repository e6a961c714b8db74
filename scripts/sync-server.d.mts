export const ADMIN: { username: string; password: string };
export const TABLETS: { username: string; password: string }[];
export const DATABASE: string;
export interface SyncServer {
  url: string;
  createDatabase(name: string): Promise<void>;
  dump(database?: string): Promise<string>;
  removeAccount(username: string): Promise<void>;
  stop(): Promise<void>;
}
export function startSyncServer(options?: { port?: number; quiet?: boolean }): Promise<SyncServer>;
