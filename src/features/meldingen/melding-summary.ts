import type { SchoolData } from '../../data/school-data';
import type { Melding } from '../../domain/melding';
import { pupilName } from '../../domain/pupils';

/** "Daan Appelgaard (Groep 6), Emma Irisdal (Groep 6)": who a melding is about, as a list shows it. */
export function pupilsOfMelding(data: SchoolData, melding: Melding): string {
  const groups = new Map(data.groups.map((g) => [g.id, g.name]));
  const pupils = new Map(data.pupils.map((p) => [p.id, p]));
  return melding.pupilIds
    .map((id) => {
      const pupil = pupils.get(id);
      return pupil ? `${pupilName(pupil)} (${groups.get(pupil.groupId) ?? 'onbekende groep'})` : 'Onbekende leerling';
    })
    .join(', ');
}
