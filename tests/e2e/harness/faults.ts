/**
 * Faults injected into the page from outside, the same way in every engine. Each is the source of a
 * function run in the page; Dexie looks IndexedDB's methods up at call time, so patching works after load.
 */

/** Every add/put fails as a full disk makes it fail. */
export const FILL_THE_DISK = `() => {
  const original = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
  window.__kringRestoreDisk = () => Object.assign(IDBObjectStore.prototype, original);
  IDBObjectStore.prototype.add = IDBObjectStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return true;
}`;

export const FREE_THE_DISK = `() => { window.__kringRestoreDisk(); return true; }`;

/**
 * The next write fails as WebKit's do after the app sat in the background. Dexie binds
 * IDBDatabase.transaction when it opens, so the fault is raised where the write itself happens.
 */
export const LOSE_THE_CONNECTION = `() => {
  const original = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
  window.__kringConnectionLost = false;
  const failOnce = (method) => function (...args) {
    if (!window.__kringConnectionLost) {
      window.__kringConnectionLost = true;
      throw new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
    }
    return method.apply(this, args);
  };
  IDBObjectStore.prototype.add = failOnce(original.add);
  IDBObjectStore.prototype.put = failOnce(original.put);
  return true;
}`;
