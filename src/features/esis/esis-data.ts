import type { SchoolData } from '../../data/school-data';
import type { Zaak } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { isoDay } from '../../domain/dates';
import { buildEsisExport, exportFileName } from '../../domain/esis/esis-export';
import { esisNotes, type EsisNote } from '../../domain/esis/esis-notes';
import { jpsProtocol } from '../../domain/protocol';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { neutralizeNames } from '../../domain/privacy/parents-copy';
import { nameOfPupil } from '../../domain/pupils';

/** The Esis notes of zaken, with the school's names filled in. */
export function notesOf(data: SchoolData, zaken: readonly Zaak[]): EsisNote[] {
  const name = (id: string) => nameOfPupil(data.pupils, id);
  const neutral = (text: string, own: string) => neutralizeNames(text, data.pupils.filter((p) => p.id !== own), data.pupils.find((p) => p.id === own));
  return zaken.flatMap((zaak) =>
    esisNotes(protocolOfZaak(zaak), zaak, { name, neutral, meldingDay: data.meldingen.find((m) => m.id === zaak.meldingId)?.occurredOn }),
  );
}

export function destinationInfo(destination: EsisNote['destination']) {
  return jpsProtocol.esisDestinations.find((d) => d.id === destination)!;
}

/** The export document and its file name; the caller has already warned that it holds names. */
export function esisExportFile(data: SchoolData, zaken: readonly Zaak[], now = clock.now()): { name: string; json: string } {
  const doc = buildEsisExport(
    data.school.name,
    notesOf(data, zaken),
    (id) => {
      const p = data.pupils.find((x) => x.id === id);
      return {
        name: nameOfPupil(data.pupils, id),
        group: data.groups.find((g) => g.id === p?.groupId)?.name ?? '',
        esisNumber: p?.esisNumber,
      };
    },
    (destination) => destinationInfo(destination).path,
    now,
  );
  return { name: exportFileName(data.school.name, isoDay(now)), json: `${JSON.stringify(doc, null, 2)}\n` };
}
