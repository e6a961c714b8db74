import type { DataKey } from '../../data/crypto/cipher';
import { personalDraftId } from '../../data/drafts';
import { saveIncident, undoIncident } from '../../data/incidents';
import { clock } from '../../domain/clock';
import { incidentSchema, momentOf, type Incident } from '../../domain/incidents/incident';
import type { FieldErrors } from '../../domain/validation';
import { fieldErrors } from '../../domain/validation';
import { putRecords, removeRecords } from '../session/school-store';

import { QUICK_LOG_DRAFT } from '../session/personal-drafts';

export { QUICK_LOG_DRAFT };

export interface QuickLogValues extends Record<string, unknown> {
  involved: Incident['involved'];
  kind: Incident['kind'] | '';
  area: string;
  note: string;
  /** 'HH:MM' when the surveillant changed the time; empty means now. */
  time: string;
}

export type QuickLogResult = { ok: true; incident: Incident } | { ok: false; errors: FieldErrors };

function withTime(now: Date, time: string): Date {
  if (!/^\d{2}:\d{2}$/.test(time)) return now;
  const [h, m] = time.split(':').map(Number);
  const at = new Date(now);
  at.setHours(h!, m!, 0, 0);
  return at;
}

/** One encrypted put; the session shows it at once, so the surveillant sees their own last entries. */
export async function logIncident(key: DataKey, values: QuickLogValues, staffId: string | null, now = clock.now()): Promise<QuickLogResult> {
  const at = withTime(now, values.time);
  const parsed = incidentSchema.safeParse({
    id: crypto.randomUUID(),
    occurredAt: at.toISOString(),
    moment: momentOf(at),
    area: values.area,
    kind: values.kind || undefined,
    involved: values.involved,
    note: values.note,
    ...(staffId ? { recordedBy: staffId } : {}),
    createdAt: now.toISOString(),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.kind) errors.kind = 'Kies wat er gebeurde.';
    return { ok: false, errors };
  }
  await saveIncident(key, parsed.data, personalDraftId(QUICK_LOG_DRAFT, staffId));
  putRecords('incidents', [parsed.data]);
  return { ok: true, incident: parsed.data };
}

export async function undoLoggedIncident(id: string): Promise<void> {
  await undoIncident(id);
  removeRecords('incidents', [id]);
}
