import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';

/**
 * PouchDB with only what Kring uses: the replica in IndexedDB, the server over HTTP, and CouchDB's
 * replication protocol between them. The newer "indexeddb" adapter, not pouchdb-browser's "idb":
 * the latter's start-up test of Blob storage never finishes in WebKit here, so the replica never
 * opened on an iPad-like engine.
 */
PouchDB.plugin(indexedDbAdapter).plugin(httpAdapter).plugin(replication);
export default PouchDB;

export const LOCAL_ADAPTER = 'indexeddb';
