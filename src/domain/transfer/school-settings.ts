import * as z from 'zod/mini';
import { schoolSchema, type School } from '../school';

/**
 * The school's own settings travel in a full backup, so a new tablet restored from it works as the old
 * one did. Reading them in never overwrites what this tablet already set: it only fills what is missing.
 */
export const schoolSettingsSchema = z.pick(schoolSchema, { playground: true, retentionYears: true, protocolVersions: true, agendaWaitingDays: true });
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;
export type SettingName = keyof SchoolSettings;

export const settingLabels: Record<SettingName, string> = {
  playground: 'de plekken en signalen van het plein',
  retentionYears: 'de bewaartermijn',
  protocolVersions: 'het eigen protocol van de school',
  agendaWaitingDays: 'hoe lang werk mag wachten voordat de agenda het meldt',
};

const names = Object.keys(settingLabels) as SettingName[];

export function settingsOf(school: School): SchoolSettings {
  const settings: SchoolSettings = {};
  for (const name of names) if (school[name] !== undefined) Object.assign(settings, { [name]: school[name] });
  return settings;
}

export interface SettingsPlan {
  adopt: SchoolSettings;
  /** Set here and different in the file: this tablet's stay. */
  keptLocal: SettingName[];
}

export function planSettings(local: School, incoming: SchoolSettings | undefined): SettingsPlan {
  const plan: SettingsPlan = { adopt: {}, keptLocal: [] };
  for (const name of names) {
    const theirs = incoming?.[name];
    if (theirs === undefined) continue;
    if (local[name] === undefined) Object.assign(plan.adopt, { [name]: theirs });
    else if (JSON.stringify(local[name]) !== JSON.stringify(theirs)) plan.keptLocal.push(name);
  }
  return plan;
}
