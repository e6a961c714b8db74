import { KringError } from '../../data/errors';
import { decryptFile } from '../../data/transfer/encrypted-file';
import { ArchiveError, readArchive, type Archive } from '../../domain/transfer/archive';
import type { FromArchiveWorker, ToArchiveWorker } from './archive-worker';

/** A transfer file's archive, opened and checked in a worker (archive-worker.ts); an ArchiveError says why not. */
export function openArchive(fileText: string, passphrase: string): Promise<Archive> {
  // Where there are no workers (a test's DOM), the same on this thread.
  if (typeof Worker === 'undefined') return decryptFile(fileText, passphrase).then(readArchive);
  const worker = new Worker(new URL('./archive-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Archive>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<FromArchiveWorker>) => {
      if (event.data.kind === 'archive') resolve(event.data.archive);
      else reject(event.data.archiveError ? new ArchiveError(event.data.message) : new KringError(event.data.message));
    });
    worker.addEventListener('error', () => reject(new KringError('Het bestand kon niet worden gelezen. Er is niets ingelezen.')));
    worker.postMessage({ fileText, passphrase } satisfies ToArchiveWorker);
  }).finally(() => worker.terminate());
}
