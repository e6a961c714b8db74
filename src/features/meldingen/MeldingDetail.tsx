import { useEffect, useRef } from 'preact/hooks';
import { PupilHistoryLinks } from '../pupils/PupilHistoryLinks';
import type { SchoolData } from '../../data/school-data';
import { readsAbout } from '../../domain/alerts/new-for-you';
import { triageOutcomes } from '../../domain/case/triage';
import { formatDay, formatMoment } from '../../domain/dates';
import { reporterLabel, statusLabel, type Melding } from '../../domain/melding';
import { asCorrectedMelding, correctMelding, meldingCorrectableFields, type MeldingField } from '../../domain/melding-corrections';
import { CorrectionForm } from '../corrections/CorrectionForm';
import { NotHere } from '../zaken/ZaakNotFound';
import { commitMeldingCorrection } from './melding-actions';
import { clock } from '../../domain/clock';
import { href } from '../../ui/routes';
import { MailboxPhoto } from '../mailbox/MailboxPhoto';
import { pupilWithGroup } from '../zaken/zaak-names';
import { pupilsOfMelding } from './melding-summary';
import { markAlertsRead } from '../home/alert-actions';
import { alertsOf } from '../home/NewForYou';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';

/** Under a corrected field: when, by whom, what it said first, and why. */
function Corrected({ melding, field, data }: { melding: Melding; field: MeldingField; data: SchoolData }) {
  return (
    <>
      {(melding.corrections ?? [])
        .filter((k) => k.field === field)
        .map((k) => (
          <span class="correction-note" key={k.at}>
            Gecorrigeerd op {formatMoment(k.at)}
            {k.by && ` door ${data.staff.find((s) => s.id === k.by)?.name ?? 'een collega'}`}. Eerst stond er: “{k.from || 'niets'}”
            <br />
            Reden: {k.reason}
          </span>
        ))}
    </>
  );
}

export function MeldingDetail({ data, id }: { data: SchoolData; id: string }) {
  const staffId = useUser((s) => s.staffId);
  const held = data.meldingen.find((m) => m.id === id);
  // As it reads now: a correction shows its text, and says what it replaced.
  const melding = held && asCorrectedMelding(held);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  if (!melding || !held) return <NotHere data={data} table="meldingen" id={id} what="melding" />;
  const recordedBy = data.staff.find((s) => s.id === melding.recordedBy)?.name;
  const zaken = data.zaken.filter((z) => z.meldingId === melding.id);
  const reads = readsAbout(data.alertReads, { meldingId: melding.id });
  const newHere = staffId ? alertsOf(data, staffId, true).filter((a) => a.meldingId === melding.id) : [];
  return (
    <article>
      <p>
        <a href={href({ name: 'meldingen' })}>← Alle meldingen</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Melding over {pupilsOfMelding(data, melding)}
      </h1>
      <p class="status-pill">{statusLabel(melding.status)}</p>
      {staffId && newHere.length > 0 && (
        <p class="notice">
          Nieuw voor u.{' '}
          <button type="button" class="button" onClick={() => void markAlertsRead(requireKey(), newHere, staffId)}>
            Markeer als gelezen
          </button>
        </p>
      )}
      <dl class="details">
        <dt>Wie meldt</dt>
        <dd>
          {reporterLabel(melding.reporterKind)}
          {melding.reporterName && ` — ${melding.reporterName}`}
        </dd>
        <dt>Wat is er gebeurd</dt>
        <dd class="details__text">
          {melding.description}
          <Corrected melding={melding} field="description" data={data} />
        </dd>
        <dt>Wanneer</dt>
        <dd>{formatDay(melding.occurredOn)}</dd>
        <dt>Waar</dt>
        <dd>
          {melding.location || 'Niet ingevuld'}
          <Corrected melding={melding} field="location" data={data} />
        </dd>
        {melding.mailbox && (
          <>
            <dt>Briefje</dt>
            <dd>{melding.mailbox.signed ? 'Ondertekend' : 'Niet ondertekend'}</dd>
          </>
        )}
        <dt>Vastgelegd</dt>
        <dd>
          {formatMoment(melding.createdAt)}
          {recordedBy && ` door ${recordedBy}`}
        </dd>
        {reads.length > 0 && (
          <>
            <dt>Gelezen door</dt>
            <dd>
              <ul class="plain-list">
                {reads.map((r) => (
                  <li key={r.id}>
                    {data.staff.find((s) => s.id === r.staffId)?.name ?? 'een oud-collega'}, {formatMoment(r.readAt)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <PupilHistoryLinks data={data} pupilIds={melding.pupilIds} />
      {melding.mailbox?.photoId && <MailboxPhoto photoId={melding.mailbox.photoId} />}
      {melding.status === 'nieuw' ? (
        <div class="actions">
          <a class="button button--primary button--big" href={href({ name: 'beoordelen', id: melding.id })}>
            Beoordelen: plagen of pesten?
          </a>
        </div>
      ) : (
        melding.triage && (
          <section aria-labelledby="melding-triage">
            <h2 id="melding-triage">Beoordeling</h2>
            <dl class="details">
              <dt>Uitkomst</dt>
              <dd>{triageOutcomes.find((o) => o.id === melding.triage!.outcome)?.label}</dd>
              <dt>Waarom</dt>
              <dd class="details__text">
                {melding.triage.reason}
                <Corrected melding={melding} field="triage.reason" data={data} />
              </dd>
              {melding.triage.followUp && (
                <>
                  <dt>Vervolg</dt>
                  <dd class="details__text">
                    {melding.triage.followUp}
                    <Corrected melding={melding} field="triage.followUp" data={data} />
                  </dd>
                </>
              )}
              {melding.triage.decidedAt && (
                <>
                  <dt>Door</dt>
                  <dd>
                    {data.staff.find((s) => s.id === melding.triage!.decidedBy)?.name ?? 'een collega'}, {formatMoment(melding.triage.decidedAt)}
                  </dd>
                </>
              )}
            </dl>
            {(melding.otherJudgements ?? []).map((other) => (
              <div class="notice" key={`${other.decidedAt ?? ''}${other.decidedBy ?? ''}`}>
                <p>
                  <strong>Tegelijk ook beoordeeld:</strong> {triageOutcomes.find((o) => o.id === other.outcome)?.label}, door{' '}
                  {data.staff.find((s) => s.id === other.decidedBy)?.name ?? 'een collega'}
                  {other.decidedAt && `, ${formatMoment(other.decidedAt)}`}. Niet gevolgd: met de beoordeling hierboven is een zaak geopend.
                </p>
                <dl class="details">
                  <dt>Waarom</dt>
                  <dd class="details__text">{other.reason}</dd>
                  {other.followUp && (
                    <>
                      <dt>Vervolg</dt>
                      <dd class="details__text">{other.followUp}</dd>
                    </>
                  )}
                </dl>
              </div>
            ))}
            {zaken.length > 0 && (
              <ul class="list">
                {zaken.map((z) => (
                  <li key={z.id}>
                    <a class="list__item" href={href({ name: 'zaak', id: z.id })}>
                      <span class="list__title">Zaak: {pupilWithGroup(data, z.bulliedPupilId)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      )}
      <CorrectionForm
        id="correct-melding"
        summary={melding.triage ? 'Iets in deze melding of de beoordeling corrigeren' : 'Iets in deze melding corrigeren'}
        fields={meldingCorrectableFields(held!)}
        save={(field, to, reason) => commitMeldingCorrection(requireKey(), correctMelding(held!, field, to, reason, clock.now(), staffId ?? undefined))}
      />
    </article>
  );
}
