import { jpsEsisDestinations, jpsEsisTemplates, jpsRoles } from './roles';
import { jpsPreventionPlan } from './prevention-plan';
import { jpsSocialNetwork } from './social-network';
import { jpsSteps } from './steps';
import { jpsMotto, jpsTriageCriteria } from './triage-criteria';
import type { ProtocolDefinition, StepId, ProtocolStep } from './types';

export type * from './types';

/** The built-in default: the pestprotocol of Basisschool JPS. A school may change it in settings. */
export const jpsProtocol: ProtocolDefinition = {
  id: 'jps',
  name: 'Pestprotocol Basisschool JPS',
  version: 1,
  motto: jpsMotto,
  triageCriteria: jpsTriageCriteria,
  steps: jpsSteps,
  roles: jpsRoles,
  esisDestinations: jpsEsisDestinations,
  esisTemplates: jpsEsisTemplates,
  socialNetwork: jpsSocialNetwork,
  preventionPlan: jpsPreventionPlan,
};

export function stepById(protocol: ProtocolDefinition, id: StepId): ProtocolStep {
  const step = protocol.steps.find((s) => s.id === id);
  if (!step) throw new Error(`Protocol ${protocol.id} has no step ${id}`);
  return step;
}
