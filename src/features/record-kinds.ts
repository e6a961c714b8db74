/** Each kind of record in the singular and the plural, as a teacher reads it: "1 zaak", "2 meldingen". */
const KINDS: Record<string, [string, string]> = {
  groups: ['groep', 'groepen'],
  pupils: ['leerling', 'leerlingen'],
  staff: ['medewerker', 'medewerkers'],
  meldingen: ['melding', 'meldingen'],
  zaken: ['zaak', 'zaken'],
  incidents: ['pleinincident', 'pleinincidenten'],
  prevention: ['preventieactiviteit', 'preventieactiviteiten'],
  deletionLog: ['regel van het verwijderlogboek', 'regels van het verwijderlogboek'],
  keySlots: ['wachtwoord of sleutel', 'wachtwoorden of sleutels'],
  school: ['instelling van de school', 'instellingen van de school'],
  photos: ['foto', 'foto’s'],
  alertReads: ['gelezen-markering', 'gelezen-markeringen'],
};

/** "3 zaken"; a table without a name here reads as `otherwise` (singular, plural). */
export function countOfKind(table: string, n: number, otherwise: [string, string] = [table, table]): string {
  const [one, more] = KINDS[table] ?? otherwise;
  return `${n} ${n === 1 ? one : more}`;
}
