import { useState } from 'preact/hooks';
import type { SchoolData } from '../../../data/school-data';
import { formatDay } from '../../../domain/dates';
import { pupilName, sortingSurname } from '../../../domain/pupils';
import { Outcome } from '../../../ui/Outcome';
import { href } from '../../../ui/routes';
import { BackToSettings } from '../BackToSettings';
import { GroupEditor } from './GroupEditor';
import { PupilEditor } from './PupilEditor';
import { PupilListForm } from './PupilListForm';

const byName = new Intl.Collator('nl').compare;

/** The pupil list per group: change a pupil, mark one as left, add groups and pupils by hand. */
export function PupilsScreen({ data }: { data: SchoolData }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const current = data.pupils.filter((p) => !p.leftOn);
  const left = data.pupils.filter((p) => p.leftOn).sort((a, b) => (b.leftOn ?? '').localeCompare(a.leftOn ?? ''));

  return (
    <>
      <BackToSettings />
      <h1>Groepen en leerlingen</h1>
      <p class="actions">
        <a class="button" href={href({ name: 'instelling', section: 'importeren' })}>
          Leerlingen importeren
        </a>
        <a class="button" href={href({ name: 'instelling', section: 'nieuw-schooljaar' })}>
          Nieuw schooljaar
        </a>
      </p>
      <Outcome status={status} />
      {data.groups.map((g) => {
        const pupils = current.filter((p) => p.groupId === g.id).sort((a, b) => byName(sortingSurname(a.lastName), sortingSurname(b.lastName)) || byName(a.firstName, b.firstName));
        return (
          <details key={g.id} class="card group-pupils">
            <summary>
              {g.name}: {pupils.length} {pupils.length === 1 ? 'leerling' : 'leerlingen'}
            </summary>
            <GroupEditor data={data} group={g} onDone={setStatus} />
            <ul class="pupil-rows">
              {pupils.map((p) => (
                <li key={p.id}>
                  <div class="pupil-row">
                    <span>
                      {pupilName(p)}
                      {p.esisNumber && <span class="list__meta"> · Esis {p.esisNumber}</span>}
                    </span>
                    <button type="button" class="button" aria-expanded={editing === p.id} onClick={() => setEditing(editing === p.id ? null : p.id)}>
                      Wijzigen<span class="visually-hidden"> ({pupilName(p)})</span>
                    </button>
                  </div>
                  {editing === p.id && <PupilEditor data={data} pupil={p} onDone={(m) => (setEditing(null), setStatus(m))} />}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      {left.length > 0 && (
        <details class="card">
          <summary>Vertrokken leerlingen: {left.length}</summary>
          <p>Zij blijven bij hun zaken en meldingen staan tot de bewaartermijn voorbij is.</p>
          <ul>
            {left.map((p) => (
              <li key={p.id}>
                {pupilName(p)} — vertrokken op {formatDay(p.leftOn!)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <PupilListForm data={data} />
    </>
  );
}
