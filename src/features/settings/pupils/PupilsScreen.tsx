import { useEffect, useRef, useState } from 'preact/hooks';
import { dutchMessage } from '../../../data/errors';
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
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  const toggleGroup = (id: string, open: boolean) =>
    setOpenGroups((current) => (current.has(id) === open ? current : open ? new Set([...current, id]) : new Set([...current].filter((g) => g !== id))));
  // An opened pupil's editor comes into view whole, its last buttons too.
  useEffect(() => {
    if (editing) requestAnimationFrame(() => document.getElementById(`pupil-${editing}-editor`)?.scrollIntoView({ block: 'nearest' }));
  }, [editing]);
  const [status, setStatus] = useState<{ text: string; undo?: (() => Promise<void>) | undefined } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  // What was done is said where the eye is: the notice comes into view and takes the focus.
  useEffect(() => notice.current?.focus(), [status]);
  const done = (text: string, undo?: () => Promise<void>) => (setError(null), setStatus({ text, undo }));
  async function undo(action: () => Promise<void>, what: string) {
    try {
      await action();
      setStatus({ text: `${what.replace(/ is verwijderd\.$/, '')} is teruggezet.` });
    } catch (e) {
      setError(dutchMessage(e));
    }
  }
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
      {status && (
        <div ref={notice} tabIndex={-1} role="status" class="notice notice--with-action">
          <span>{status.text}</span>
          {status.undo && (
            <button type="button" class="button" onClick={() => void undo(status.undo!, status.text)}>
              Ongedaan maken
            </button>
          )}
        </div>
      )}
      <Outcome error={error} />
      {data.groups.map((g) => {
        const pupils = current.filter((p) => p.groupId === g.id).sort((a, b) => byName(sortingSurname(a.lastName), sortingSurname(b.lastName)) || byName(a.firstName, b.firstName));
        return (
          // Open or closed as the person left it, also when a change re-renders the list.
          <details key={g.id} class="card group-pupils" open={openGroups.has(g.id)} onToggle={(e) => toggleGroup(g.id, e.currentTarget.open)}>
            <summary>
              {g.name}: {pupils.length} {pupils.length === 1 ? 'leerling' : 'leerlingen'}
            </summary>
            <GroupEditor data={data} group={g} onDone={done} />
            <ul class="pupil-rows">
              {pupils.map((p) => (
                <li key={p.id}>
                  <div class="pupil-row">
                    <span>
                      {pupilName(p)}
                      {p.esisNumber && <span class="list__meta"> · Esis {p.esisNumber}</span>}
                    </span>
                    <button type="button" class="button" aria-expanded={editing === p.id} onClick={() => setEditing(editing === p.id ? null : p.id)}>
                      {editing === p.id ? 'Sluiten' : 'Wijzigen'}
                      <span class="visually-hidden"> ({pupilName(p)})</span>
                    </button>
                  </div>
                  {editing === p.id && <PupilEditor data={data} pupil={p} onDone={(m, u) => (setEditing(null), done(m, u))} />}
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
