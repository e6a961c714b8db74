import { useState } from 'preact/hooks';
import { OlderRecords } from '../session/WholeSchool';
import type { SchoolData } from '../../data/school-data';
import { nextConversations } from '../../domain/case/flow';
import { closedAt } from '../../domain/case/zaak';
import { formatDay, isoDay } from '../../domain/dates';
import { ShowMore, usePage } from '../../ui/ShowMore';
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
  // Older zaken are still sealed: "none" is said of this school year only.
  const older = data.scope !== 'all' && (data.unopened?.zaken ?? 0) > 0;
  const groups = [
    { id: 'open', title: 'Lopende zaken', zaken: sorted.filter((z) => z.status === 'open') },
    { id: 'gesloten', title: 'Gesloten zaken', zaken: sorted.filter((z) => z.status === 'gesloten') },
  ];
  return (
    <>
      <h1>Zaken</h1>
      <OlderRecords data={data} what="Zaken" />
      {data.zaken.length === 0 &&
        (view === 'alles' ? (
          <p>Er zijn {older ? 'dit schooljaar ' : ''}nog geen zaken. Een zaak begint bij een melding die als pesten is beoordeeld.</p>
        ) : (
          <p>Er zijn {older ? 'dit schooljaar ' : ''}geen zaken van uw groep, en geen zaken die u leidt.</p>
        ))}
      {data.zaken.length > 0 && (
        <ExportWithWarning
          label={
            selected.length
              ? `Esis-notities van ${selected.length} gekozen ${selected.length === 1 ? 'zaak' : 'zaken'} exporteren (JSON)`
              : data.scope === 'all'
                ? 'Alle Esis-notities exporteren (JSON)'
                : 'Esis-notities van de zaken van dit schooljaar exporteren (JSON)'
          }
          onExport={() => {
            const file = esisExportFile(data, forExport);
            downloadFile(file.name, file.json);
          }}
        />
      )}
      {groups.map((group) => group.zaken.length > 0 && <ZakenSection key={group.id} data={data} group={group} selected={selected} toggle={toggle} />)}
    </>
  );
}

/** One status's zaken, a page at a time; a closed zaak says when it closed. */
function ZakenSection({
  data,
  group,
  selected,
  toggle,
}: {
  data: SchoolData;
  group: { id: string; title: string; zaken: SchoolData['zaken'] };
  selected: string[];
  toggle: (id: string, on: boolean) => void;
}) {
  const page = usePage(group.zaken, `zaken:${group.id}`);
  return (
    <section aria-labelledby={`zaken-${group.id}`}>
      <h2 id={`zaken-${group.id}`}>
        {group.title} ({group.zaken.length.toLocaleString('nl-NL')})
      </h2>
      <ul class="list">
        {page.shown.map((zaak) => {
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
                  {zaak.status === 'gesloten' && ` · Gesloten ${formatDay(isoDay(new Date(closedAt(zaak))))}`}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      <ShowMore rest={page.rest} more={page.more} what="zaken" />
    </section>
  );
}
