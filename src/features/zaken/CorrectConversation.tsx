import type { SchoolData } from '../../data/school-data';
import { correctableFields, correctConversation } from '../../domain/case/corrections';
import type { Conversation, Zaak } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { nameOfPupil } from '../../domain/pupils';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { CorrectionForm } from '../corrections/CorrectionForm';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { commitZaak } from './zaak-actions';

/** Correcting a held conversation: a correction added beside it (corrections.ts), never an edit. */
export function CorrectConversation({ data, zaak, held, index }: { data: SchoolData; zaak: Zaak; held: Conversation; index: number }) {
  const by = useUser((s) => s.staffId) ?? undefined;
  return (
    <CorrectionForm
      id={`correct-${index}`}
      summary="Iets in dit verslag corrigeren"
      fields={correctableFields(protocolOfZaak(zaak), zaak, held, (id) => nameOfPupil(data.pupils, id))}
      save={(field, to, reason) => commitZaak(requireKey(), correctConversation(protocolOfZaak(zaak), zaak, held, field, to, reason, clock.now(), by))}
    />
  );
}
