import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '../../src/data/db-name';
import { noStoreHere } from '../../src/data/vault-hint';

function createDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve();
  });

/** A first start is drawn without Dexie only when the browser says for certain that no school is stored. */
describe('noStoreHere', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await deleteDatabase(DB_NAME);
  });

  it('is true when the browser lists its databases and Kring’s is not among them', async () => {
    await createDatabase('kring-device');
    expect(await noStoreHere()).toBe(true);
  });

  it('is false once Kring’s database exists, even empty', async () => {
    await createDatabase(DB_NAME);
    expect(await noStoreHere()).toBe(false);
  });

  it('is false where the list cannot be had: the start then asks the store itself', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('SecurityError'));
    expect(await noStoreHere()).toBe(false);
    vi.restoreAllMocks();
    // An engine without indexedDB.databases() (Firefox before 126).
    const listed = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(indexedDB), 'databases')!;
    Object.defineProperty(Object.getPrototypeOf(indexedDB), 'databases', { value: undefined, configurable: true });
    try {
      expect(await noStoreHere()).toBe(false);
    } finally {
      Object.defineProperty(Object.getPrototypeOf(indexedDB), 'databases', listed);
    }
  });
});
