import { useEffect, useState } from 'preact/hooks';
import type { SchoolData } from '../../data/school-data';
import { versionChoiceStore } from '../../data/stores';
import { formatMoment } from '../../domain/dates';
import type { VersionChoice } from '../../domain/version-choice';
import { requireKey } from '../session/lock-store';
import { authorText } from './sync-texts';

/**
 * The school's earlier choices between versions written apart: who chose, when, the version that
 * stands and the ones that did not, each with who wrote it and what it said. Nothing chosen against
 * is gone; it is read here. For those who see the whole school (a choice may quote any record).
 */
export function VersionChoices({ data, changed }: { data: SchoolData; changed: unknown }) {
  const [choices, setChoices] = useState<VersionChoice[]>([]);
  useEffect(() => {
    let live = true;
    void versionChoiceStore.allReadable(requireKey()).then(({ records }) => live && setChoices(records.sort((a, b) => b.at.localeCompare(a.at))));
    return () => {
      live = false;
    };
  }, [changed]);
  if (choices.length === 0) return null;
  const staff = (id: string | undefined) => (id ? (data.staff.find((s) => s.id === id)?.name ?? 'een collega') : 'iemand');
  return (
    <section aria-labelledby="version-choices-title" class="version-choices">
      <h3 id="version-choices-title">Eerdere keuzes</h3>
      <p class="field__hint">Waar twee tablets hetzelfde verschillend wijzigden en iemand koos: wat geldt, en wat niet gekozen is. Niets ervan is weggegooid.</p>
      <ol class="timeline" aria-label="Eerdere keuzes">
        {choices.slice(0, 10).map((c) => (
          <li key={c.id}>
            <strong>
              {c.what.charAt(0).toLocaleUpperCase('nl') + c.what.slice(1)}: {staff(c.by)} koos de versie van {authorText(c.kept, data)}
            </strong>
            <span>Geldt: {c.kept.lines.join('; ') || 'geen verschil in woorden'}</span>
            {c.notKept.map((v, i) => (
              <span key={i}>
                Niet gekozen, bewaard: de versie van {authorText(v, data)}: {v.lines.join('; ') || 'geen verschil in woorden'}
              </span>
            ))}
            <span class="timeline__meta">{formatMoment(c.at)}</span>
          </li>
        ))}
      </ol>
      {choices.length > 10 && <p class="field__hint">En nog {choices.length - 10} eerder.</p>}
    </section>
  );
}
