import * as z from 'zod/mini';
import { alertReadSchema, type AlertRead } from '../domain/alerts/new-for-you';
import { zaakSchema, type Zaak } from '../domain/case/zaak';
import { incidentSchema, type Incident } from '../domain/incidents/incident';
import { preventionRecordSchema, type PreventionRecord } from '../domain/prevention/year-plan';
import { meldingSchema, type Melding } from '../domain/melding';
import { deletionLogSchema, type DeletionLogEntry } from '../domain/privacy/retention';
import { groupSchema, pupilSchema, type Group, type Pupil } from '../domain/pupils';
import { schoolSchema, type School } from '../domain/school';
import { staffSchema, type StaffMember } from '../domain/staff';
import { isoDateTime, recordId } from '../domain/text-fields';
import { versionChoiceSchema, type VersionChoice } from '../domain/version-choice';
import { sealedStore, type SealedStore } from './sealed-store';
import type { RecordTable } from '../domain/transfer/archive';

/** Each record type and its schema; the few fields that stay readable for indexes are in row-context.ts. */

export const schoolStore = sealedStore<School, typeof schoolSchema>('school', schoolSchema);
export const groupStore = sealedStore<Group, typeof groupSchema>('groups', groupSchema);
export const pupilStore = sealedStore<Pupil, typeof pupilSchema>('pupils', pupilSchema);
export const staffStore = sealedStore<StaffMember, typeof staffSchema>('staff', staffSchema);
export const meldingStore = sealedStore<Melding, typeof meldingSchema>('meldingen', meldingSchema);

export const zaakStore = sealedStore<Zaak, typeof zaakSchema>('zaken', zaakSchema);

export const incidentStore = sealedStore<Incident, typeof incidentSchema>('incidents', incidentSchema);

export const preventionStore = sealedStore<PreventionRecord, typeof preventionRecordSchema>('prevention', preventionRecordSchema);

export const alertReadStore = sealedStore<AlertRead, typeof alertReadSchema>('alertReads', alertReadSchema);

export const versionChoiceStore = sealedStore<VersionChoice, typeof versionChoiceSchema>('versionChoices', versionChoiceSchema);

export const deletionLogStore = sealedStore<DeletionLogEntry, typeof deletionLogSchema>('deletionLog', deletionLogSchema);

/** What a form held when it was last autosaved: the form's own values, whatever their shape. */
export const draftSchema = z.object({
  id: recordId,
  /** The draft's own name ("melding:nieuw:<staff>"), sealed; the row id is a keyed hash of it (draft-ids.ts). */
  form: z.optional(z.string().check(z.maxLength(200))),
  values: z.record(z.string(), z.unknown()),
  updatedAt: isoDateTime,
  /** Goes up by one with every write; a tab writes only over the revision it last saw. */
  rev: z.number(),
});
export type Draft = z.infer<typeof draftSchema>;
export const draftStore = sealedStore<Draft, typeof draftSchema>('drafts', draftSchema);

/** The store of each table whose records come from elsewhere (a transfer file, another tablet), by table name. */
export const recordStores = {
  school: schoolStore,
  groups: groupStore,
  pupils: pupilStore,
  staff: staffStore,
  meldingen: meldingStore,
  zaken: zaakStore,
  incidents: incidentStore,
  prevention: preventionStore,
} as unknown as Record<RecordTable | 'school', SealedStore<{ id: string }>>;
