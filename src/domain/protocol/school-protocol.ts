import type { Zaak } from '../case/zaak';
import type { School } from '../school';
import { applyVersion } from './customization';
import { jpsProtocol } from './index';
import type { ProtocolDefinition } from './types';

/** Which protocol a screen follows: the school's latest for new work, the zaak's own for a zaak. */

export function currentProtocol(school: School): ProtocolDefinition {
  return applyVersion(jpsProtocol, school.protocolVersions?.at(-1));
}

/** The version a new zaak records; none while the school follows the default unchanged. */
export function currentProtocolVersion(school: School): number | undefined {
  return school.protocolVersions?.at(-1)?.version;
}

export function protocolOfZaak(school: School, zaak: Pick<Zaak, 'protocolVersion'>): ProtocolDefinition {
  if (zaak.protocolVersion === undefined) return jpsProtocol;
  return applyVersion(jpsProtocol, school.protocolVersions?.find((v) => v.version === zaak.protocolVersion));
}
