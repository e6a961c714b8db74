import type { SchoolData } from '../../data/school-data';
import { childrenInExtraStap, extraEndings, nextExtraRound } from '../../domain/case/extra-stap';
import { mayHold, nextConversations } from '../../domain/case/flow';
import type { Zaak } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { href } from '../../ui/routes';
import { Reschedule } from './Reschedule';
import { conversationRoute, conversationTitle, pupilWithGroup } from './zaak-names';

/** Stap 3 and 4 of one evaluation are planned, and moved, together. */
const moveGroup = (n: { stepId: string }) => (n.stepId === 'stap3' || n.stepId === 'stap4' ? 'evaluatie' : n.stepId);

/**
 * What comes next in an open zaak. The extra stap is per child who keeps bullying: the lead picks
 * the child (the support group's pesters first), and may start it for another child while it runs.
 */
export function NextConversations({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const today = clock.today();
  const next = nextConversations(zaak);
  const roles = protocolOfZaak(zaak).roles;
  // Those who defend or befriend the bullied child are not offered; the pesters come first.
  const pesterFirst = [...zaak.members].filter((m) => m.role !== 'verdediger' && m.role !== 'vriend').sort((a, b) => Number(b.role === 'pester') - Number(a.role === 'pester'));
  const inExtra = new Set(childrenInExtraStap(zaak));
  // A new confronting conversation only: a child's evaluation is offered above, when it is due.
  const startable = pesterFirst.filter((m) => nextExtraRound(zaak, m.pupilId) % 2 === 1 && mayHold(zaak, 'extra', nextExtraRound(zaak, m.pupilId), m.pupilId));
  const choose = next.some((n) => n.stepId === 'extra' && !n.pupilId);
  const roleLabel = (role: string) => roles.find((r) => r.id === role)?.label ?? role;
  return (
    <section aria-labelledby="zaak-next" class="no-print">
      <h2 id="zaak-next">Volgende gesprek</h2>
      {next.length === 0 &&
        (extraEndings(zaak).some((e) => !e.agreementsKept) ? (
          <p>
            Er staat geen gesprek meer open. Afspraken zijn niet nagekomen: eerst volgt wat bij de evaluatie is gekozen (zie het verslag). Sluit de zaak
            daarna, en schrijf op hoe hij is geëindigd.
          </p>
        ) : (
          <p>Er staat geen gesprek meer open. De zaak kan worden gesloten; schrijf daarbij op hoe hij is afgelopen.</p>
        ))}
      <ul class="list" aria-label="Volgende gesprekken">
        {next.map((n) => {
          const route = conversationRoute(zaak.id, n);
          if (!route) return null;
          const late = n.dueOn !== undefined && n.dueOn < today;
          return (
            <li key={`${n.stepId}-${n.round}-${n.pupilId ?? ''}`}>
              <a class="list__item list__item--next" href={href(route)}>
                <span class="list__title">
                  {conversationTitle(n.stepId, n.round)}
                  {n.pupilId && ` — over ${pupilWithGroup(data, n.pupilId)}`}
                </span>
                <span class={late ? 'list__meta due--overdue' : 'list__meta'}>{n.dueOn ? `${late ? 'Te laat: gepland' : 'Gepland'} op ${formatDay(n.dueOn)}` : 'Kan nu'}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {/* One way to move each planned conversation: stap 3 and 4 of an evaluation move together. */}
      {next
        .filter((n, i) => n.dueOn && next.findIndex((o) => o.dueOn && o.round === n.round && o.pupilId === n.pupilId && moveGroup(o) === moveGroup(n)) === i)
        .map((n) => (
          <Reschedule key={`move-${n.stepId}-${n.round}-${n.pupilId ?? ''}-${n.dueOn}`} data={data} zaak={zaak} planned={n} />
        ))}
      {startable.length > 0 && (
        <div class="card">
          <h3>{choose ? 'Extra stap: voor welk kind dat blijft pesten?' : 'Extra stap voor nog een kind'}</h3>
          <p class="field__hint">
            Elk kind dat blijft pesten krijgt een eigen confronterend gesprek met de eigen ouders, een eigen plan en na een week een eigen evaluatie.
            Verdedigers en vrienden van de gepeste leerling staan hier niet bij.
          </p>
          <ul class="list" aria-label="Kinderen voor de extra stap">
            {startable.map((m) => (
              <li key={m.pupilId}>
                <a class="list__item" href={href({ name: 'extra-gesprek', id: zaak.id, pupilId: m.pupilId, round: nextExtraRound(zaak, m.pupilId) })}>
                  <span class="list__title">{pupilWithGroup(data, m.pupilId)}</span>
                  <span class="list__meta">
                    {roleLabel(m.role)}
                    {inExtra.has(m.pupilId) ? ' · opnieuw een confronterend gesprek' : ''}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
