/** The school's IndexedDB database, named apart from Dexie so a first start can look for it without loading Dexie. */
export const DB_NAME = 'kring';
