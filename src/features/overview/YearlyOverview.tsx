import { useState } from 'preact/hooks';
import type { SchoolData } from '../../data/school-data';
import { triageOutcomes } from '../../domain/case/triage';
import { closingReasons, extraNextSteps } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { monthName } from '../../domain/dates';
import { moments } from '../../domain/incidents/incident';
import { defaultOverviewYear, schoolYearsWithData, shownCount, yearlyFigures } from '../../domain/overview/yearly-figures';
import { jpsProtocol, stepById } from '../../domain/protocol';
import { currentProtocol, protocolOfZaak } from '../../domain/protocol/school-protocol';
import { providerLabel } from '../../domain/protocol/social-network';
import { BarChart } from '../../ui/BarChart';
import { GroupedColumnChart } from '../../ui/GroupedColumnChart';
import { FiguresTable } from './FiguresTable';

/**
 * The yearly overview for the IB'er and directeur, printable for the protocol's yearly evaluation.
 * Figures only: it names no child and no staff member.
 */
export function YearlyOverview({ data }: { data: SchoolData }) {
  const today = clock.today();
  const years = schoolYearsWithData(data, today);
  const [schoolYear, setSchoolYear] = useState(() => defaultOverviewYear(data, today));
  const f = yearlyFigures(data, schoolYear, today);
  const stepLabel = (step: string) => (step === 'sluiten' ? 'Klaar om te sluiten' : `Wacht op ${stepById(jpsProtocol, step as 'stap1').label.toLowerCase()}`);
  const openCount = f.openByNextStep.reduce((n, s) => n + s.count, 0);
  const months = f.perMonth.map((m) => monthName(m.month, 'short'));
  // An organisation is named as the zaken that referred to it knew it, else as the school knows it now.
  const networks = [...data.zaken.map((z) => protocolOfZaak(z).socialNetwork), currentProtocol(data.school).socialNetwork].flat();
  const providerName = (id: string) => {
    const p = networks.find((n) => n.id === id);
    return p ? providerLabel(p) : 'Organisatie niet meer in de lijst';
  };

  return (
    <div class="overview">
      <h1>Jaaroverzicht pesten {schoolYear}</h1>
      <p class="overview__school">{data.school.name} · gemaakt op {new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(clock.now())}</p>
      <div class="actions no-print">
        <div class="field field--inline">
          <label for="overview-year">Schooljaar</label>
          <select id="overview-year" value={schoolYear} onChange={(e) => setSchoolYear(e.currentTarget.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="button" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      <p>Alleen aantallen: in dit overzicht staat geen naam van een leerling of medewerker. Zo kan het mee naar het team of de MR.</p>

      <section aria-labelledby="overview-totals" class="overview__section">
        <h2 id="overview-totals">Het jaar in getallen</h2>
        <dl class="overview__totals">
          <div>
            <dt>Meldingen</dt>
            <dd>{f.totals.meldingen}</dd>
          </div>
          <div>
            <dt>Zaken geopend</dt>
            <dd>{f.totals.zaken}</dd>
          </div>
          <div>
            <dt>Pleinincidenten</dt>
            <dd>{f.totals.incidents}</dd>
          </div>
          <div>
            <dt>Zaken afgesloten</dt>
            <dd>{f.closedCount}</dd>
          </div>
          <div>
            {/* The median, in words a team reads: half of the closed zaken took at most this long. */}
            <dt>Helft van de zaken afgesloten binnen</dt>
            <dd>{f.medianDaysToClose === null ? '—' : `${f.medianDaysToClose} ${f.medianDaysToClose === 1 ? 'dag' : 'dagen'}`}</dd>
          </div>
        </dl>
        <GroupedColumnChart
          title="Per maand"
          categories={months}
          series={[
            { name: 'meldingen', className: 'series-1', values: f.perMonth.map((m) => m.meldingen) },
            { name: 'zaken', className: 'series-2', values: f.perMonth.map((m) => m.zaken) },
            { name: 'pleinincidenten', className: 'series-3', values: f.perMonth.map((m) => m.incidents) },
          ]}
        />
        {/* The chart's numbers in a table: on a phone the columns stand too close for numbers above them. */}
        <details class="figures-details">
          <summary>Per maand in cijfers</summary>
          <FiguresTable
            caption="Per maand"
            head={['Maand', 'Meldingen', 'Zaken', 'Plein']}
            rows={f.perMonth.map((m, i) => [months[i]!, m.meldingen, m.zaken, m.incidents])}
          />
        </details>
      </section>

      <section aria-labelledby="overview-open" class="overview__section">
        <h2 id="overview-open">Lopende zaken nu ({openCount})</h2>
        <p>
          {f.overdueEvaluations === 0
            ? 'Geen evaluaties over tijd.'
            : `${f.overdueEvaluations} ${f.overdueEvaluations === 1 ? 'zaak heeft een evaluatie' : 'zaken hebben een evaluatie'} over tijd.`}
        </p>
        {openCount > 0 && <BarChart title="Lopende zaken per stap" bars={f.openByNextStep.filter((s) => s.count > 0).map((s) => ({ label: stepLabel(s.step), value: s.count }))} />}
      </section>

      <section aria-labelledby="overview-ended" class="overview__section">
        <h2 id="overview-ended">Hoe zaken eindigden</h2>
        {f.closedCount === 0 ? (
          <p>Dit schooljaar is nog geen zaak gesloten.</p>
        ) : (
          <BarChart title="Afgesloten zaken naar afloop" bars={f.howEnded.map((h) => ({ label: closingReasons.find((r) => r.id === h.reason)!.label, value: h.count }))} />
        )}
        <FiguresTable
          caption="Meldingen naar beoordeling"
          head={['Beoordeling', 'Aantal']}
          rows={f.triage.map((t) => [t.outcome === 'open' ? 'Nog niet beoordeeld' : triageOutcomes.find((o) => o.id === t.outcome)!.label, t.count])}
        />
      </section>

      <section aria-labelledby="overview-extra" class="overview__section">
        <h2 id="overview-extra">Extra stap en doorverwijzingen</h2>
        {f.extraStap.children === 0 ? (
          <p>Dit schooljaar is de extra stap niet nodig geweest.</p>
        ) : (
          <>
            <p>Kinderen met een confronterend gesprek (extra stap): {f.extraStap.children}</p>
            <FiguresTable
              caption="Na niet nagekomen afspraken"
              head={['Vervolg', 'Aantal']}
              rows={f.extraStap.nextSteps.map((s) => [extraNextSteps.find((n) => n.id === s.step)!.label, s.count])}
            />
            <FiguresTable
              caption="Doorverwijzingen naar het sociale netwerk (Bijlage 1)"
              head={['Organisatie', 'Aantal']}
              rows={f.extraStap.referrals.length ? f.extraStap.referrals.map((r) => [providerName(r.providerId), r.count]) : [['Geen doorverwijzingen', 0]]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="overview-groups" class="overview__section">
        <h2 id="overview-groups">Per groep</h2>
        <FiguresTable caption="Zaken en pleinincidenten per groep (de huidige groep van de leerling)" head={['Groep', 'Zaken', 'Plein\u00ADincidenten']} rows={f.perGroup.map((g) => [g.group, shownCount(g.zaken), shownCount(g.incidents)])} />
        <p class="field__hint">Per groep staan aantallen van 1 of 2 als “&lt; 3”: zo klein wijst een aantal al snel naar één kind.</p>
      </section>

      <section aria-labelledby="overview-playground" class="overview__section">
        <h2 id="overview-playground">Plein</h2>
        {f.hotspots.total === 0 ? (
          <p>Geen pleinincidenten dit schooljaar.</p>
        ) : (
          <>
            <BarChart title="Pleinincidenten per plek" bars={f.hotspots.byArea.map((a) => ({ label: a.area, value: a.count }))} />
            <BarChart title="Pleinincidenten per moment" bars={f.hotspots.byMoment.map((m) => ({ label: moments.find((x) => x.id === m.moment)!.label, value: m.count }))} />
          </>
        )}
      </section>
    </div>
  );
}
