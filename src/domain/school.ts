import * as z from 'zod/mini';
import { retentionYearsSchema } from './privacy/retention';
import { protocolVersionSchema } from './protocol/customization';
import { isoDateTime, requiredText } from './text-fields';

const count = (label: string, min: number, max: number) =>
  z.int(`${label}: vul een heel getal in.`).check(z.gte(min, `${label}: minstens ${min}.`), z.lte(max, `${label}: hoogstens ${max}.`));

/** The school's own settings for the playground log and the repeated-targeting signal. */
export const playgroundSettingsSchema = z.object({
  areas: z
    .array(requiredText('de naam van de plek', 40))
    .check(z.minLength(1, 'Noem minstens één plek.'), z.maxLength(20, 'Hoogstens 20 plekken.')),
  thresholds: z.object({
    targetCount: count('Aantal keer doelwit', 2, 10),
    windowDays: count('Aantal dagen', 7, 90),
    sameActorCount: count('Aantal keer dezelfde dader', 2, 10),
    manyTargetsCount: count('Aantal verschillende doelwitten', 2, 10),
  }),
});
export type PlaygroundSettings = z.infer<typeof playgroundSettingsSchema>;

/** The guided first start after the school is made: colleagues, then groups and pupils, then who you are. */
export const firstStartSteps = ['collegas', 'leerlingen', 'wie'] as const;
export type FirstStartStep = (typeof firstStartSteps)[number];

export const schoolSchema = z.object({
  id: z.literal('school'),
  name: requiredText('de naam van de school', 120),
  isDemo: z.boolean(),
  protocolId: z.string(),
  createdAt: isoDateTime,
  /** Absent until the school changes them: the defaults apply. */
  playground: z.optional(playgroundSettingsSchema),
  /** The school year the groups were last moved up for, so it is not done twice by accident. */
  rolledOverFor: z.optional(z.string().check(z.regex(/^\d{4}-\d{4}$/))),
  /** Years after a pupil left that their closed zaken and incidents are kept; absent: the default. */
  retentionYears: z.optional(retentionYearsSchema),
  /** School days a conversation that may start now waits before the agenda flags it; absent: 2. */
  agendaWaitingDays: z.optional(z.int('Kies een heel aantal schooldagen.').check(z.gte(1, 'Minstens 1 schooldag.'), z.lte(10, 'Hoogstens 10 schooldagen.'))),
  /**
   * Where a school of its own is in its guided first start, kept so a reload or a lock resumes at
   * the same step; absent once someone said who they are, on the demo, and on schools made before
   * the guide existed.
   */
  firstStart: z.optional(z.enum(firstStartSteps)),
  /** The random key that turns a draft's name into its row id (data/draft-ids.ts); made at the first unlock that lacks it. */
  draftIdKey: z.optional(z.string().check(z.maxLength(64))),
  /**
   * The school's signing key pair for what it hands over (a dossier, a parent's copy): the public key
   * as SPKI and the private as PKCS#8, both base64; sealed with the rest of this record. Made the
   * first time it is needed.
   */
  signing: z.optional(z.object({ publicKey: z.string().check(z.maxLength(400)), privateKey: z.string().check(z.maxLength(600)), createdAt: isoDateTime })),
  /** The school's own wording of the protocol, every saved version; the last applies to new zaken. */
  protocolVersions: z.optional(z.array(protocolVersionSchema)),
});
export type School = z.infer<typeof schoolSchema>;

export const MIN_PASSPHRASE_LENGTH = 10;
export const MAX_PASSPHRASE_LENGTH = 256;

/** The setup form's rules; returns a Dutch message per field, or nothing. */
export function checkNewPassphrase(passphrase: string, repeat: string): { passphrase?: string; repeat?: string } {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return { passphrase: `Kies een wachtwoord van minstens ${MIN_PASSPHRASE_LENGTH} tekens.` };
  if (passphrase.length > MAX_PASSPHRASE_LENGTH)
    return { passphrase: `Het wachtwoord is te lang (hoogstens ${MAX_PASSPHRASE_LENGTH} tekens).` };
  if (passphrase.trim().length === 0) return { passphrase: 'Een wachtwoord van alleen spaties is niet veilig.' };
  if (passphrase !== repeat) return { repeat: 'De twee wachtwoorden zijn niet gelijk.' };
  return {};
}

export function checkSchoolName(name: string): string | undefined {
  const result = schoolSchema.shape.name.safeParse(name);
  return result.success ? undefined : result.error.issues[0]?.message;
}
