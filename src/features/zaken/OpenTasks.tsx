import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { markTaskDone, openTasks } from '../../domain/case/tasks';
import type { Zaak } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { commitZaak } from './zaak-actions';
import { conversationTitle, pupilWithGroup } from './zaak-names';

/** Tasks a conversation left "nog te doen": they stay here, and on the lead's agenda, until done. */
export function OpenTasks({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const by = useUser((s) => s.staffId) ?? undefined;
  const [error, setError] = useState<string | null>(null);
  const protocol = protocolOfZaak(zaak);
  const tasks = openTasks(protocol, zaak);
  if (tasks.length === 0) return null;

  async function done(key: string) {
    try {
      const result = await commitZaak(requireKey(), markTaskDone(protocol, zaak, key, clock.now(), by));
      setError(result.ok ? null : (Object.values(result.errors)[0] ?? null));
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <section aria-labelledby="zaak-tasks" class="no-print">
      <h2 id="zaak-tasks">{zaak.status === 'open' ? `Nog te doen (${tasks.length})` : `Niet gedaan toen de zaak sloot (${tasks.length})`}</h2>
      {error && (
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      )}
      <ul class="list" aria-label="Open taken">
        {tasks.map((t) => (
          <li key={t.key} class="list__item list__item--row">
            <span>
              <span class="list__title">{t.todo}</span>
              <span class="list__meta">
                {conversationTitle(t.stepId, t.round).split(':')[0]}
                {t.pupilId ? ` (gesprek over ${pupilWithGroup(data, t.pupilId)})` : ''}, {formatDay(t.raisedAt.slice(0, 10))}
              </span>
            </span>
            {zaak.status === 'open' && (
              <button type="button" class="button" onClick={() => void done(t.key)} aria-label={`Gedaan: ${t.todo}`}>
                Gedaan
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
