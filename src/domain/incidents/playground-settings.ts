import type { PlaygroundSettings, School } from '../school';
import { defaultPlaygroundAreas } from './incident';
import { defaultThresholds } from './repeated-targeting';

/** The school's playground areas and signal thresholds, or the defaults while it has not set its own. */
export function playgroundSettings(school: School): PlaygroundSettings {
  return school.playground ?? { areas: [...defaultPlaygroundAreas], thresholds: { ...defaultThresholds } };
}
