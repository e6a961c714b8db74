import type { Zaak } from '../case/zaak';
import type { School } from '../school';
import { applyChanges, hasChanges, type ProtocolChanges } from './customization';
import { jpsProtocol } from './index';
import type { ProtocolDefinition } from './types';

/** Which protocol a screen follows: the school's latest for new work, the zaak's own for a zaak. */

export function currentProtocol(school: School): ProtocolDefinition {
  return applyChanges(jpsProtocol, school.protocolVersions?.at(-1));
}

export function currentProtocolVersion(school: School): number | undefined {
  return school.protocolVersions?.at(-1)?.version;
}

/** What a new zaak copies of the school's own wording; nothing while the school follows JPS unchanged. */
export function currentProtocolChanges(school: School): ProtocolChanges | undefined {
  const latest = school.protocolVersions?.at(-1);
  if (!latest) return undefined;
  const { version: _v, savedAt: _s, savedBy: _b, ...changes } = latest;
  return hasChanges(changes) ? changes : undefined;
}

export function protocolOfZaak(zaak: Pick<Zaak, 'protocol'>): ProtocolDefinition {
  return applyChanges(jpsProtocol, zaak.protocol);
}
