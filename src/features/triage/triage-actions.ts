import type { DataKey } from '../../data/crypto/cipher';
import type { SchoolData } from '../../data/school-data';
import { saveTriage } from '../../data/zaken';
import { checkTriage } from '../../domain/case/triage';
import type { Zaak } from '../../domain/case/zaak';
import { openZaken } from '../../domain/case/zaak-events';
import { clock } from '../../domain/clock';
import type { Melding } from '../../domain/melding';
import { currentProtocolChanges } from '../../domain/protocol/school-protocol';
import type { FieldErrors } from '../../domain/validation';
import { putRecords } from '../session/school-store';

export const triageDraftId = (meldingId: string) => `triage:${meldingId}`;

export type TriageResult = { ok: true; zaken: Zaak[] } | { ok: false; errors: FieldErrors };

/** Records the assessment; for pesten it opens a zaak per bullied child, in the same transaction. */
export async function submitTriage(
  key: DataKey,
  data: SchoolData,
  melding: Melding,
  values: unknown,
  staffId: string | null,
  now = clock.now(),
): Promise<TriageResult> {
  const check = checkTriage(values, melding.pupilIds);
  if (!check.ok) return check;
  const lead = data.staff.find((s) => s.id === check.value.leadStaffId);
  const leadRole: Zaak['leadRole'] = lead?.roles.includes('ivp') && !lead.roles.includes('leerkracht') ? 'ivp' : 'leerkracht';
  const triage = { ...check.value, decidedAt: now.toISOString(), ...(staffId ? { decidedBy: staffId } : {}) };
  const judged: Melding = {
    ...melding,
    status: triage.outcome === 'pesten' ? 'zaak' : triage.outcome,
    triage,
    updatedAt: now.toISOString(),
  };
  const zaken = openZaken(melding.id, triage, leadRole, now, () => crypto.randomUUID(), currentProtocolChanges(data.school));
  await saveTriage(key, judged, zaken, triageDraftId(melding.id));
  putRecords('meldingen', [judged]);
  putRecords('zaken', zaken);
  return { ok: true, zaken };
}
