import type { DataKey } from '../../data/crypto/cipher';
import { saveMeldingWithPhoto } from '../../data/photos';
import { personalDraftId } from '../../data/drafts';
import { clock } from '../../domain/clock';
import { isoDay } from '../../domain/dates';
import { checkMeldingInput, type Melding } from '../../domain/melding';
import type { FieldErrors } from '../../domain/validation';
import { putRecords } from '../session/school-store';

import { MAILBOX_DRAFT } from '../session/personal-drafts';

export { MAILBOX_DRAFT };

export interface MailboxValues extends Record<string, unknown> {
  foundOn: string;
  text: string;
  signed: boolean | undefined;
  pupilIds: string[];
}

export type MailboxResult = { ok: true; melding: Melding } | { ok: false; errors: FieldErrors };

/** A note from the blue mailbox becomes a melding, with the IVP who found it as lead, ready for triage. */
export async function saveMailboxNote(
  key: DataKey,
  values: MailboxValues,
  photo: { bytes: Uint8Array; type: string } | null,
  staffId: string | null,
  now = clock.now(),
): Promise<MailboxResult> {
  const check = checkMeldingInput(
    { reporterKind: 'blauwe-brievenbus', reporterName: '', pupilIds: values.pupilIds, description: values.text, occurredOn: values.foundOn, location: 'Blauwe brievenbus' },
    isoDay(now),
  );
  const errors: FieldErrors = check.ok ? {} : { ...check.errors };
  if (errors.description) errors.text = 'Typ over wat er op het briefje staat.';
  if (errors.occurredOn) errors.foundOn = errors.occurredOn;
  if (values.signed === undefined) errors.signed = 'Geef aan of het briefje ondertekend was.';
  if (!check.ok || Object.keys(errors).length) return { ok: false, errors };
  const photoId = photo ? crypto.randomUUID() : undefined;
  const melding: Melding = {
    ...check.value,
    id: crypto.randomUUID(),
    status: 'nieuw',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...(staffId ? { recordedBy: staffId, leadStaffId: staffId } : {}),
    mailbox: { signed: values.signed!, ...(photoId ? { photoId } : {}) },
  };
  await saveMeldingWithPhoto(key, melding, photo && photoId ? { id: photoId, ...photo } : null, personalDraftId(MAILBOX_DRAFT, staffId));
  putRecords('meldingen', [melding]);
  return { ok: true, melding };
}
