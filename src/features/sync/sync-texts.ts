import type { ServerAnswer } from '../../data/sync/server-check';
import type { SyncProblem, SyncStatus } from '../../data/sync/sync-engine';
import { formatMoment, formatTime } from '../../domain/dates';
import type { Guarded, SetAside } from '../../data/sync/guard-ledger';
import type { SchoolData } from '../../data/school-data';
import { missingCount, type TabletSeen } from '../../data/sync/witness';
import { countOfKind } from '../record-kinds';

/** What a connection test found, in the words a school's IT and a teacher both follow. */
export const serverAnswerText: Record<Exclude<ServerAnswer['kind'], 'ok'>, string> = {
  'bad-address': 'Dit is geen geldig adres. Vul het adres van de server in, bijvoorbeeld https://kring-sync.school.nl of /couchdb.',
  insecure: 'Dit adres gebruikt geen https. Het wachtwoord van het account zou dan leesbaar over het netwerk gaan; vraag de beheerder om het https-adres.',
  unreachable: 'De server is niet bereikbaar. Controleer het adres en of de tablet verbinding heeft.',
  'not-couchdb': 'Op dit adres staat geen CouchDB-server. Controleer het adres bij de beheerder.',
  'wrong-account': 'De server weigert dit account of dit wachtwoord.',
  'no-rights': 'Dit account mag deze database niet gebruiken. Vraag de beheerder het account lid te maken van de database.',
  'no-database': 'Deze database bestaat niet op de server. Vraag de beheerder haar aan te maken (kleine letters, cijfers en - of _).',
  'server-error': 'De server gaf een fout. Probeer het later nog eens of vraag de beheerder.',
};

export const problemText: Record<SyncProblem, string> = {
  unreachable: 'De server is niet bereikbaar. Alles blijft op deze tablet bewaard en gaat mee zodra er weer verbinding is.',
  'wrong-account': 'De server weigert het account van deze tablet (is het verwijderd of het wachtwoord veranderd?). Er gaat niets verloren; vul bij Instellingen → Synchronisatie het juiste account in.',
  'no-rights': 'Het account van deze tablet mag de database niet meer gebruiken. Er gaat niets verloren; vraag de beheerder.',
  'server-full': 'De server heeft geen ruimte meer. Alles blijft op deze tablet bewaard; vraag de beheerder ruimte te maken.',
  'server-error': 'De server gaf een fout. Alles blijft op deze tablet bewaard; Kring probeert het opnieuw.',
  'could-not-start': 'Synchronisatie kon op deze tablet niet starten. Er gaat niets verloren; vergrendel Kring en open het opnieuw, dan probeert Kring het weer.',
  'key-renewed':
    'De sleutel van de school is op een andere tablet vernieuwd. Vul hieronder het wachtwoord van de school in (zoals het nu is): Kring zet deze tablet dan om. Tot dan wordt er niets uitgewisseld; wat u hier invoert, blijft bewaard en gaat daarna mee.',
};

/** The one line every screen shows while sync is on. */
export function statusLine(status: SyncStatus): string {
  const waiting = status.pending === 1 ? '1 wijziging wacht op verbinding' : `${status.pending} wijzigingen wachten op verbinding`;
  // A refusal (account, rights, a full disk) is not a gap in the network: waiting alone will not end it.
  if (status.problem === 'key-renewed') return 'Sleutel vernieuwd: actie nodig';
  if (status.problem && status.problem !== 'unreachable') return status.pending > 0 ? `Synchronisatie gestopt · ${waiting}` : 'Synchronisatie gestopt';
  if (status.pending > 0 && status.problem === null) return status.pending === 1 ? '1 wijziging wordt verstuurd…' : `${status.pending} wijzigingen worden verstuurd…`;
  if (status.pending > 0) return waiting;
  if (status.problem) return 'Server niet bereikbaar';
  const aside = status.setAside?.length ?? 0;
  if (aside > 0) return aside === 1 ? '1 gegeven van de server apart gezet' : `${aside} gegevens van de server apart gezet`;
  if (missingCount(status.witness) > 0) return 'Niet alles van de server ontvangen';
  if (status.state === 'synced' && status.lastSyncedAt) return `Gesynchroniseerd om ${formatTime(new Date(status.lastSyncedAt))}`;
  return 'Synchroniseren…';
}

const recordNames: Partial<Record<Guarded['table'], string>> = {
  zaken: 'Een zaak',
  meldingen: 'Een melding',
  pupils: 'Een leerling',
  staff: 'Een medewerker',
  incidents: 'Een pleinincident',
  keySlots: 'Een wachtwoord of sleutel',
  school: 'De instellingen van de school',
  groups: 'Een groep',
  prevention: 'Het preventieplan',
  photos: 'Een foto',
};

/** Which record, as far as this person may know: "De zaak van Ties Oeverzegge" for the administration. */
function recordName(g: Guarded, data: SchoolData | null): string {
  if (data && g.table === 'zaken') {
    const zaak = data.zaken.find((z) => z.id === g.id);
    const pupil = zaak && data.pupils.find((p) => p.id === zaak.bulliedPupilId);
    if (pupil) return `De zaak van ${pupil.firstName} ${pupil.lastName}`;
  }
  return recordNames[g.table] ?? 'Een gegeven';
}

export function guardedText(g: Guarded, data: SchoolData | null): string {
  const what = recordName(g, data);
  switch (g.kind) {
    case 'restored':
      return `${what} werd op de server verwijderd zonder dat een tablet dat deed. Kring heeft het teruggezet.`;
    case 'rolled-back':
      return `${what}: de server bood een oudere versie aan als nieuw. Kring hield de nieuwste en stuurde die opnieuw.`;
    case 'deletion-undone':
      return `${what} was op een tablet verwijderd terwijl een andere tablet het wijzigde. De wijziging is bewaard; er is niets verloren.`;
    case 'repaired':
      return `${what}: de server bood een beschadigde of te grote versie aan. Kring hield de eigen versie en stuurde die opnieuw.`;
    case 'closed-unreadable':
      return `${what}: de server bood er ook een versie van aan die niet te lezen was. Die is terzijde gelegd.`;
  }
}

export function setAsideText(list: readonly SetAside[]): string {
  const n = list.length;
  const count = n === 1 ? '1 gegeven' : `${n} gegevens`;
  return `De server stuurde ${count} die deze tablet niet kan lezen (beschadigd, te groot of niet met de sleutel van de school). Kring heeft ${n === 1 ? 'het' : 'ze'} apart gezet; de rest synchroniseert gewoon. Vraag de beheerder van de server ernaar. Zodra de server ${n === 1 ? 'het' : 'ze'} niet meer aanbiedt, verdwijnt deze melding.`;
}

/** "2 zaken en 1 melding": what a tablet holds that never reached this one. */
export function missingKinds(missing: TabletSeen['missing']): string {
  return new Intl.ListFormat('nl', { type: 'conjunction' }).format(Object.entries(missing).map(([table, n]) => countOfKind(table, n, ['gegeven', 'gegevens'])));
}

/** What this tablet can tell of another, from its last checkpoint, in one or two sentences. */
export function tabletSeenText(t: TabletSeen): string {
  const n = Object.values(t.missing).reduce((a, b) => a + b, 0);
  if (n > 0)
    return `${t.label} heeft ${missingKinds(t.missing)} die deze tablet nooit van de server kreeg. De server houdt ${n === 1 ? 'het' : 'ze'} tegen: meld het aan de beheerder. Op ${t.label} is niets verloren.`;
  if (t.behind)
    return `${t.label} heeft sinds ${formatMoment(t.changedAt)} niets nieuws ontvangen, terwijl er sindsdien wel is geschreven. Staat hij uit of is hij kwijt, dan is dat de reden; staat hij aan en heeft hij verbinding, dan houdt de server iets voor hem tegen.`;
  if (t.same) return `${t.label} heeft precies hetzelfde als deze tablet.`;
  return `${t.label} heeft nog niet alles wat deze tablet heeft; dat komt vanzelf bij de volgende synchronisatie.`;
}

/** Who wrote a version: "Tablet 3F2A, Sven Regenboogh" (the colleague when known). */
export function authorText(by: { tablet?: string | undefined; staffId?: string | undefined }, data: SchoolData): string {
  const colleague = by.staffId ? data.staff.find((s) => s.id === by.staffId)?.name : undefined;
  return [by.tablet ?? 'een andere tablet', colleague].filter(Boolean).join(', ');
}
