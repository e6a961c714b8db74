import { useDatabaseName } from '../../src/data/connection';

let counter = 0;

/** Each test gets a database of its own in fake-indexeddb. */
export function freshDatabase(): string {
  const name = `kring-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
  useDatabaseName(name);
  return name;
}

/** Keeps unit tests quick; the real KDF strength is asserted separately. */
export const TEST_ITERATIONS = 1_000;
