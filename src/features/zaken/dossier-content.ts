import type { SchoolData } from '../../data/school-data';
import { dossierOf, type DossierConversation, type DossierNames } from '../../domain/case/dossier';
import type { Zaak } from '../../domain/case/zaak';
import { nameOfPupil } from '../../domain/pupils';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { conversationTitle, staffName } from './zaak-names';

/** Names as the dossier writes them: pupils and colleagues by their names in the register. */
export const dossierNames = (data: SchoolData): DossierNames => ({ pupil: (id) => nameOfPupil(data.pupils, id), staff: (id) => staffName(data, id) });

/** Every conversation of a zaak as the dossier shows it: on screen, in print and in the signed file alike. */
export function dossierConversations(data: SchoolData, zaak: Zaak): DossierConversation[] {
  return dossierOf(protocolOfZaak(zaak), zaak, dossierNames(data), (c) => `${conversationTitle(c.stepId, c.round)}${c.pupilId ? ` — ${nameOfPupil(data.pupils, c.pupilId)}` : ''}`);
}
