import type { SchoolData } from '../../data/school-data';
import { asCorrected } from '../../domain/case/corrected';
import { correctClosingNote } from '../../domain/case/corrections';
import { closingReasons, type Zaak } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { formatMoment } from '../../domain/dates';
import { CorrectionForm } from '../corrections/CorrectionForm';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { commitZaak } from './zaak-actions';
import { staffName } from './zaak-names';

/** How a closed zaak ended, as recorded, and its note as it reads now: corrected beside it, never rewritten. */
export function ClosingNote({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const by = useUser((s) => s.staffId) ?? undefined;
  const closing = asCorrected(zaak).closing;
  if (!closing) return null;
  return (
    <section class="section-card" aria-labelledby="zaak-closing">
      <h2 id="zaak-closing">Afgesloten</h2>
      <p>
        {closingReasons.find((r) => r.id === closing.reason)?.label}, op {formatMoment(closing.at)}
        {staffName(data, closing.by) && ` door ${staffName(data, closing.by)}`}.
      </p>
      {closing.note && <p class="details__text">{closing.note}</p>}
      {(zaak.closingCorrections ?? []).map((k) => (
        <p class="correction-note" key={k.at}>
          Gecorrigeerd op {formatMoment(k.at)}
          {staffName(data, k.by) && ` door ${staffName(data, k.by)}`}. Eerst stond er: “{k.from || 'niets'}”
          <br />
          Reden: {k.reason}
        </p>
      ))}
      <CorrectionForm
        id="correct-closing"
        summary="De toelichting corrigeren"
        fields={[{ field: 'closing.note', label: 'Toelichting bij het sluiten', value: closing.note, kind: 'text' }]}
        save={(_field, to, reason) => commitZaak(requireKey(), correctClosingNote(zaak, to, reason, clock.now(), by))}
      />
    </section>
  );
}
