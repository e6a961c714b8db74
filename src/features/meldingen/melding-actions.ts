import type { DataKey } from '../../data/crypto/cipher';
import { personalDraftId } from '../../data/drafts';
import { saveNewMelding } from '../../data/meldingen';
import { clock } from '../../domain/clock';
import { isoDay } from '../../domain/dates';
import { checkMeldingInput, type Melding } from '../../domain/melding';
import type { FieldErrors } from '../../domain/validation';
import { putRecords } from '../session/school-store';
import { meldingStore } from '../../data/stores';
import type { MeldingCorrectionResult } from '../../domain/melding-corrections';

import { NEW_MELDING_DRAFT } from '../session/personal-drafts';

export { NEW_MELDING_DRAFT };

export type SubmitResult = { ok: true; melding: Melding } | { ok: false; errors: FieldErrors };

/** Validates as the domain says, then saves the melding and drops its draft in one transaction. */
export async function submitMelding(key: DataKey, values: unknown, recordedBy: string | null = null, now = clock.now()): Promise<SubmitResult> {
  const check = checkMeldingInput(values, isoDay(now));
  if (!check.ok) return check;
  const melding = await saveNewMelding(key, check.value, { id: crypto.randomUUID(), now, draftId: personalDraftId(NEW_MELDING_DRAFT, recordedBy), ...(recordedBy ? { recordedBy } : {}) });
  putRecords('meldingen', [melding]);
  return { ok: true, melding };
}

/** Stores a correction the domain allowed (melding-corrections.ts); returns the domain's refusal untouched. */
export async function commitMeldingCorrection(key: DataKey, result: MeldingCorrectionResult): Promise<MeldingCorrectionResult> {
  if (!result.ok) return result;
  await meldingStore.put(key, result.melding);
  putRecords('meldingen', [result.melding]);
  return result;
}
