import { useState } from 'preact/hooks';
import { OlderRecords } from '../session/WholeSchool';
import type { SchoolData } from '../../data/school-data';
import { nextConversations } from '../../domain/case/flow';
import { formatDay } from '../../domain/dates';
import { ExportWithWarning } from '../../ui/NamesWarning';
import { downloadFile } from '../../ui/download';
import { href } from '../../ui/routes';
import { esisExportFile } from '../esis/esis-data';
import { conversationTitle, pupilWithGroup, staffName } from './zaak-names';
import { useRoleView } from '../session/role-access';

/** Every zaak: open ones first with their next step, then the closed ones. */
export function ZakenList({ data }: { data: SchoolData }) {
  const view = useRoleView(data);
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) => setSelected(on ? [...selected, id] : selected.filter((s) => s !== id));
  const forExport = selected.length ? data.zaken.filter((z) => selected.includes(z.id)) : data.zaken;
  const sorted = [...data.zaken].sort((a, b) => a.status.localeCompare(b.status) * -1 || b.updatedAt.localeCompare(a.updatedAt));
  const groups = [
    { id: 'open', title: 'Lopende zaken', zaken: sorted.filter((z) => z.status === 'open') },
    { id: 'gesloten', title: 'Gesloten zaken', zaken: sorted.filter((z) => z.status === 'gesloten') },
  ];
  return (
    <>
      <h1>Zaken</h1>
      {data.zaken.length === 0 &&
        (view === 'alles' ? (
          <p>Er zijn nog geen zaken. Een zaak begint bij een melding die als pesten is beoordeeld.</p>
        ) : (
          <p>Er zijn geen zaken van uw groep, en geen zaken die u leidt.</p>
        ))}
      {data.zaken.length > 0 && (
        <ExportWithWarning
          label={
            selected.length
              ? `Esis-notities van ${selected.length} gekozen ${selected.length === 1 ? 'zaak' : 'zaken'} exporteren (JSON)`
              : data.scope === 'all'
                ? 'Alle Esis-notities exporteren (JSON)'
                : 'Esis-notities van de getoonde zaken exporteren (JSON)'
          }
          onExport={() => {
            const file = esisExportFile(data, forExport);
            downloadFile(file.name, file.json);
          }}
        />
      )}
      {groups.map(
        (group) =>
          group.zaken.length > 0 && (
            <section key={group.id} aria-labelledby={`zaken-${group.id}`}>
              <h2 id={`zaken-${group.id}`}>
                {group.title} ({group.zaken.length})
              </h2>
              <ul class="list">
                {group.zaken.map((zaak) => {
                  const next = nextConversations(zaak)[0];
                  return (
                    <li key={zaak.id} class="zaak-row">
                      <label class="check zaak-row__pick">
                        <input type="checkbox" checked={selected.includes(zaak.id)} onChange={(e) => toggle(zaak.id, e.currentTarget.checked)} />
                        <span class="visually-hidden">Kies voor export: {pupilWithGroup(data, zaak.bulliedPupilId)}</span>
                      </label>
                      <a class="list__item" href={href({ name: 'zaak', id: zaak.id })}>
                        <span class="list__title">{pupilWithGroup(data, zaak.bulliedPupilId)}</span>
                        <span class="list__meta">
                          Leiding: {staffName(data, zaak.leadStaffId) ?? 'onbekend'}
                          {next && ` · Volgende: ${conversationTitle(next.stepId, next.round)}${next.dueOn ? ` (${formatDay(next.dueOn)})` : ''}`}
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ul>
            </section>
          ),
      )}
      <OlderRecords data={data} what="Zaken" />
    </>
  );
}
