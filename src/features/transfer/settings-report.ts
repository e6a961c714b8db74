import { settingLabels, type SettingName, type SettingsPlan } from '../../domain/transfer/school-settings';

const list = (names: SettingName[]) => names.map((n) => settingLabels[n]).join(', ');

/** What reading a file does with the school's settings, as a sentence to add to the report. */
export function settingsReport(plan: SettingsPlan | null): string {
  if (!plan) return '';
  const adopted = Object.keys(plan.adopt) as SettingName[];
  const parts = [
    adopted.length ? ` Overgenomen uit het bestand: ${list(adopted)}.` : '',
    plan.keptLocal.length ? ` Van deze tablet behouden: ${list(plan.keptLocal)}.` : '',
  ];
  return parts.join('');
}
