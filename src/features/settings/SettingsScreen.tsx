import { countOfKind } from '../record-kinds';
import type { SchoolData } from '../../data/school-data';
import { activeStaff } from '../../domain/staff';
import { useRoleView } from '../session/role-access';
import { href, type SettingsSection } from '../../ui/routes';
import { AgendaSetting } from './AgendaSetting';
import { BackupSetting } from './BackupSetting';
import { LockSetting } from './LockSetting';
import { PlaygroundSettingsForm } from './PlaygroundSettingsForm';
import { SchoolNameForm } from './SchoolNameForm';
import { StorageInfo } from './StorageInfo';
import { WipeAllData } from './WipeAllData';
import { SyncState } from '../sync/SyncState';

export function SettingsScreen({ data }: { data: SchoolData }) {
  // The school's administration is for the IVP, the IB'er and the directeur; this tablet's lock for all.
  if (useRoleView(data) !== 'alles')
    return (
      <>
        <h1>Instellingen</h1>
        <SyncState data={data} />
        <p>De leerlingen, de medewerkers, het protocol en de reservekopieën worden beheerd door de interne vertrouwenspersoon, de IB’er en de directeur.</p>
        <LockSetting />
        <StorageInfo />
      </>
    );
  const pupils = data.pupils.filter((p) => !p.leftOn).length;
  const pages: { section: SettingsSection; title: string; meta: string }[] = [
    { section: 'leerlingen', title: 'Groepen en leerlingen', meta: `${countOfKind('groups', data.groups.length)}, ${countOfKind('pupils', pupils)}` },
    { section: 'importeren', title: 'Leerlingen importeren', meta: 'Uit een CSV-bestand of spreadsheet (bijvoorbeeld een export uit Esis)' },
    { section: 'nieuw-schooljaar', title: 'Nieuw schooljaar', meta: 'Alle groepen één groep hoger; groep 8 verlaat de school' },
    { section: 'medewerkers', title: 'Medewerkers', meta: `${countOfKind('staff', activeStaff(data.staff).length)}, rollen en eigen wachtwoorden` },
    { section: 'protocol', title: 'Het protocol van de school', meta: 'Gespreksvragen, rollen, Esis-teksten en het sociale netwerk' },
    { section: 'bewaren', title: 'Bewaren en verwijderen (AVG)', meta: 'Hoe lang gesloten zaken bewaard blijven' },
    { section: 'beveiliging', title: 'Wachtwoorden en sleutel', meta: 'Wachtwoord van de school, herstelsleutel, de sleutel vernieuwen' },
    { section: 'synchronisatie', title: 'Synchronisatie', meta: 'De tablets van de school delen hun gegevens via de eigen server, versleuteld' },
  ];
  return (
    <>
      <h1>Instellingen</h1>
      <SyncState data={data} />
      <ul class="list settings-pages">
        {pages.map((p) => (
          <li key={p.section}>
            <a class="list__item" href={href({ name: 'instelling', section: p.section })}>
              <span class="list__title">{p.title}</span>
              <span class="list__meta">{p.meta}</span>
            </a>
          </li>
        ))}
        <li>
          <a class="list__item" href={href({ name: 'jaaroverzicht' })}>
            <span class="list__title">Jaaroverzicht</span>
            <span class="list__meta">Aantallen en grafieken voor de jaarlijkse evaluatie, zonder namen</span>
          </a>
        </li>
        <li>
          <a class="list__item" href={href({ name: 'overdracht' })}>
            <span class="list__title">Reservekopie en overzetten</span>
            <span class="list__meta">Een versleuteld bestand maken of inlezen</span>
          </a>
        </li>
      </ul>
      <SchoolNameForm data={data} />
      <PlaygroundSettingsForm data={data} />
      <AgendaSetting data={data} />
      <LockSetting />
      <BackupSetting />
      <StorageInfo />
      <WipeAllData />
    </>
  );
}
