import type { SchoolData } from '../../data/school-data';
import { href } from '../../app/router';
import { BackupSetting } from './BackupSetting';
import { LockSetting } from './LockSetting';
import { PlaygroundSettingsForm } from './PlaygroundSettingsForm';
import { PupilListForm } from './PupilListForm';
import { StaffForm } from './StaffForm';
import { StorageInfo } from './StorageInfo';
import { WipeAllData } from './WipeAllData';

export function SettingsScreen({ data }: { data: SchoolData }) {
  return (
    <>
      <h1>Instellingen</h1>
      <section class="card" aria-labelledby="settings-school">
        <h2 id="settings-school">School</h2>
        <dl class="details">
          <dt>Naam</dt>
          <dd>{data.school.name}</dd>
          <dt>Groepen</dt>
          <dd>{data.groups.length}</dd>
          <dt>Leerlingen</dt>
          <dd>{data.pupils.filter((p) => !p.leftOn).length}</dd>
        </dl>
      </section>
      <p>
        <a class="button" href={href({ name: 'overdracht' })}>
          Reservekopie maken of gegevens overzetten
        </a>
      </p>
      <PupilListForm data={data} />
      <StaffForm data={data} />
      <PlaygroundSettingsForm data={data} />
      <LockSetting />
      <BackupSetting />
      <StorageInfo />
      <WipeAllData />
    </>
  );
}
