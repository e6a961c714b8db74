import { useState } from 'preact/hooks';
import { dutchMessage } from '../../../data/errors';
import { runRetention } from '../../../data/retention';
import type { SchoolData } from '../../../data/school-data';
import { saveSchool } from '../../../data/school-settings';
import { clock } from '../../../domain/clock';
import { formatDay, formatMoment } from '../../../domain/dates';
import { DEFAULT_RETENTION_YEARS, isEmptyPlan, leftOnOrBefore, retentionPlan } from '../../../domain/privacy/retention';
import { draftsToForget, forgetDeletedNames } from '../../../domain/privacy/forget-names';
import { readsToForget } from '../../../domain/alerts/new-for-you';
import { allDrafts } from '../../../data/drafts';
import { CheckItem } from '../../../ui/CheckItem';
import { Outcome } from '../../../ui/Outcome';
import { href } from '../../../ui/routes';
import { requireKey } from '../../session/lock-store';
import { requireData, setSchool, updateSchoolData } from '../../session/school-store';
import { BackToSettings } from '../BackToSettings';
import { DeletionLog } from './DeletionLog';
import { RetentionList } from './RetentionList';

const YEAR_CHOICES = [1, 2, 3, 4, 5, 7, 10];

/** The AVG's storage limit: how long, what would go today, and the deletion itself after a warning. */
export function RetentionScreen({ data }: { data: SchoolData }) {
  const [confirmed, setConfirmed] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // Only after a deletion: a changed term deleted nothing.
  const [deleted, setDeleted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const years = data.school.retentionYears ?? DEFAULT_RETENTION_YEARS;
  const today = clock.today();
  const plan = retentionPlan(data, years, today);

  async function setYears(value: number) {
    try {
      const school = { ...requireData().school, retentionYears: value };
      await saveSchool(requireKey(), school);
      setSchool(school);
      setConfirmed(false);
      setDeleted(false);
      setStatus(`De bewaartermijn is nu ${value} jaar na vertrek.`);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  async function run() {
    if (!confirmed) return setError('Vink eerst aan dat u de lijst hebt gelezen.');
    setBusy(true);
    try {
      const rewritten = forgetDeletedNames(requireData(), plan, clock.now());
      // Half-typed forms that name a departing pupil go too, whoever typed them.
      const draftIds = draftsToForget(await allDrafts(requireKey()), requireData().pupils, plan);
      const readIds = readsToForget(requireData().alertReads, plan);
      const entry = await runRetention(requireKey(), plan, { id: crypto.randomUUID(), at: clock.now().toISOString(), retentionYears: years, leftOnOrBefore: leftOnOrBefore(today, years) }, rewritten, draftIds, readIds);
      const gone = (ids: string[]) => new Set(ids);
      const [p, z, m, i] = [gone(plan.pupilIds), gone(plan.zaakIds), gone(plan.meldingIds), gone(plan.incidentIds)];
      const replaced = <T extends { id: string }>(records: T[], by: T[]) => records.map((r) => by.find((x) => x.id === r.id) ?? r);
      updateSchoolData((current) => ({
        ...current,
        pupils: current.pupils.filter((x) => !p.has(x.id)),
        zaken: replaced(current.zaken.filter((x) => !z.has(x.id)), rewritten.zaken),
        meldingen: replaced(current.meldingen.filter((x) => !m.has(x.id)), rewritten.meldingen),
        incidents: replaced(current.incidents.filter((x) => !i.has(x.id)), rewritten.incidents),
        deletions: [entry, ...current.deletions],
        alertReads: current.alertReads.filter((r) => !readIds.includes(r.id)),
      }));
      setConfirmed(false);
      setError(null);
      setDeleted(true);
      setStatus(`Verwijderd op ${formatMoment(entry.at)}: ${entry.counts.zaken} zaken, ${entry.counts.meldingen} meldingen, ${entry.counts.incidents} pleinincidenten en ${entry.counts.pupils} leerlingen.`);
    } catch (e) {
      setError(dutchMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <BackToSettings />
      <h1>Bewaren en verwijderen</h1>
      <p>
        De AVG vraagt om gegevens over een kind niet langer te bewaren dan nodig. Kring verwijdert gesloten zaken, afgehandelde meldingen en
        pleinincidenten van een leerling een vaste tijd nadat de leerling de school heeft verlaten. Lopend werk blijft altijd staan.
      </p>
      <div class="field">
        <label for="retention-years">Bewaren na vertrek van de leerling</label>
        <select id="retention-years" value={years} onChange={(e) => void setYears(Number(e.currentTarget.value))}>
          {YEAR_CHOICES.map((y) => (
            <option key={y} value={y}>
              {y} jaar{y === DEFAULT_RETENTION_YEARS ? ' (aanbevolen)' : ''}
            </option>
          ))}
        </select>
      </div>
      <Outcome status={status} error={error} />
      {deleted && (
        <p class="notice">
          Wat is verwijderd, kan nog als versleutelde resten in de opslag van de tablet staan.{' '}
          <a href={href({ name: 'instelling', section: 'beveiliging' })}>Vernieuw nu de sleutel</a>: dan bestaat de sleutel van die resten niet meer.
        </p>
      )}
      <section class={isEmptyPlan(plan) ? 'card' : 'card card--danger'} aria-labelledby="retention-due">
        <h2 id="retention-due">Nu te verwijderen</h2>
        <p>Leerlingen die op of voor {formatDay(leftOnOrBefore(today, years))} vertrokken zijn, zijn over de termijn.</p>
        {isEmptyPlan(plan) ? (
          <p>Er is niets te verwijderen.</p>
        ) : (
          <>
            <RetentionList data={data} plan={plan} />
            <p>
              Wilt u deze gegevens eerst bewaren buiten Kring, bijvoorbeeld voor het archief van de school?{' '}
              <a href={href({ name: 'overdracht' })}>Maak eerst een versleutelde reservekopie.</a>
            </p>
            <CheckItem id="retention-confirm" label="Ik heb gelezen wat er verdwijnt. Dit kan niet ongedaan worden gemaakt." checked={confirmed} onChange={setConfirmed} />
            <button type="button" class="button button--danger" disabled={busy} onClick={() => void run()}>
              {busy ? 'Bezig met verwijderen…' : 'Definitief verwijderen'}
            </button>
          </>
        )}
        {plan.heldByOpenWork.length > 0 && (
          <p>
            {plan.heldByOpenWork.length} {plan.heldByOpenWork.length === 1 ? 'leerling is' : 'leerlingen zijn'} over de termijn, maar blijft bewaard
            zolang er een open zaak of een nog niet beoordeelde melding is.
          </p>
        )}
      </section>
      <DeletionLog entries={data.deletions} />
    </>
  );
}
