/// <reference lib="webworker" />
import { dutchMessage } from '../../data/errors';
import { decryptFile } from '../../data/transfer/encrypted-file';
import { ArchiveError, readArchive, type Archive } from '../../domain/transfer/archive';

/**
 * Opens a transfer file off the main thread: deriving the key, decrypting megabytes, parsing and
 * checking thousands of records would otherwise hold a tap for hundreds of milliseconds.
 */
export interface ToArchiveWorker {
  fileText: string;
  passphrase: string;
}
export type FromArchiveWorker = { kind: 'archive'; archive: Archive } | { kind: 'error'; message: string; archiveError: boolean };

self.onmessage = async (event: MessageEvent<ToArchiveWorker>) => {
  try {
    const archive = readArchive(await decryptFile(event.data.fileText, event.data.passphrase));
    self.postMessage({ kind: 'archive', archive } satisfies FromArchiveWorker);
  } catch (error) {
    self.postMessage({ kind: 'error', message: error instanceof ArchiveError ? error.message : dutchMessage(error), archiveError: error instanceof ArchiveError } satisfies FromArchiveWorker);
  }
};
