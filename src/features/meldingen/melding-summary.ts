import type { SchoolData } from '../../data/school-data';
import type { Melding } from '../../domain/melding';
import { pupilWithGroup } from '../zaken/zaak-names';

/** "Daan Appelgaard (Groep 6), Emma Irisdal (Groep 6)": who a melding is about, as a list shows it. */
export function pupilsOfMelding(data: SchoolData, melding: Melding): string {
  return melding.pupilIds.map((id) => pupilWithGroup(data, id)).join(', ');
}
