import type { ColumnMapping } from '../../../domain/pupil-list/column-mapping';
import { planImport, type ImportPlan } from '../../../domain/pupil-list/import-plan';
import type { Group, Pupil } from '../../../domain/pupils';
import type { FromPlanner, ToPlanner } from './plan-worker';
import type { PupilFile } from './read-pupil-file';

/**
 * The import screen's side of the planning worker: one worker per chosen file; a newer request
 * makes the answers to older ones irrelevant (a column changed again before the plan came back).
 */
export interface ImportPlanner {
  plan(mapping: ColumnMapping, onProgress: (done: number, total: number) => void): Promise<ImportPlan>;
  close(): void;
}

export function startPlanner(file: PupilFile, school: { groups: readonly Group[]; pupils: readonly Pupil[] }): ImportPlanner {
  // Where there are no workers (a test's DOM), the same plan on this thread.
  if (typeof Worker === 'undefined')
    return {
      plan: async (mapping, onProgress) => planImport(file.rows, mapping, school, { malformedRows: file.malformedRows, onProgress }),
      close: () => undefined,
    };
  const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ kind: 'file', rows: file.rows, malformedRows: [...file.malformedRows], groups: [...school.groups], pupils: [...school.pupils] } satisfies ToPlanner);
  let latest = 0;
  return {
    plan(mapping, onProgress) {
      const request = ++latest;
      return new Promise((resolve, reject) => {
        const onMessage = (event: MessageEvent<FromPlanner>) => {
          if (event.data.request !== request) return;
          if (event.data.kind === 'progress') return onProgress(event.data.done, event.data.total);
          worker.removeEventListener('message', onMessage);
          resolve(event.data.plan);
        };
        worker.addEventListener('message', onMessage);
        worker.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
        worker.postMessage({ kind: 'plan', request, mapping } satisfies ToPlanner);
      });
    },
    close: () => worker.terminate(),
  };
}
