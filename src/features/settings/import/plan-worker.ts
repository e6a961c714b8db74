/// <reference lib="webworker" />
import type { ColumnMapping } from '../../../domain/pupil-list/column-mapping';
import { planImport } from '../../../domain/pupil-list/import-plan';
import type { Group, Pupil } from '../../../domain/pupils';

/**
 * Plans a pupil-list import off the main thread, so a list of thousands never freezes the screen.
 * The file's rows come once; each change of a column sends only the new mapping, and the plan is
 * made again from the rows this worker keeps.
 */
export type ToPlanner =
  | { kind: 'file'; rows: string[][]; malformedRows: number[]; groups: Group[]; pupils: Pupil[] }
  | { kind: 'plan'; request: number; mapping: ColumnMapping };
export type FromPlanner =
  | { kind: 'progress'; request: number; done: number; total: number }
  | { kind: 'plan'; request: number; plan: ReturnType<typeof planImport> };

let file: Extract<ToPlanner, { kind: 'file' }> | null = null;

self.onmessage = (event: MessageEvent<ToPlanner>) => {
  const message = event.data;
  if (message.kind === 'file') return void (file = message);
  if (!file) return;
  const { request } = message;
  const plan = planImport(file.rows, message.mapping, file, {
    malformedRows: new Set(file.malformedRows),
    onProgress: (done, total) => self.postMessage({ kind: 'progress', request, done, total } satisfies FromPlanner),
  });
  self.postMessage({ kind: 'plan', request, plan } satisfies FromPlanner);
};
