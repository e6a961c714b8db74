import { useState } from 'preact/hooks';
import { digestOf, fingerprintOf, signBundle } from '../../data/crypto/signing';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { schoolSigningPair } from '../../data/signing-key';
import { dossierBundle, dossierFileName } from '../../domain/case/dossier-bundle';
import type { Zaak } from '../../domain/case/zaak';
import { clock } from '../../domain/clock';
import { isoDay } from '../../domain/dates';
import { downloadFile } from '../../ui/download';
import { ExportWithWarning } from '../../ui/NamesWarning';
import { requireKey } from '../session/lock-store';
import { dossierConversations, dossierNames } from './dossier-content';

/**
 * "Dossier exporteren": the zaak's dossier as a file signed with the school's key, for whoever the
 * zaak is handed to. Afterwards the file's check code and the key's fingerprint stand on screen and
 * on the printout, so a receiver can match paper and file ("Dossier controleren" on Kring's first screen).
 */
export function ExportDossier({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const [made, setMade] = useState<{ digest: string; fingerprint: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function make() {
    setError(null);
    try {
      const now = clock.now();
      const pair = await schoolSigningPair(requireKey(), now, data.school.signing);
      const melding = data.meldingen.find((m) => m.id === zaak.meldingId);
      const bundle = dossierBundle({ school: data.school.name, madeAt: now, zaak, melding, conversations: dossierConversations(data, zaak), names: dossierNames(data) });
      const signed = await signBundle(bundle, pair);
      downloadFile(dossierFileName(data.school.name, isoDay(now)), `${JSON.stringify(signed, null, 2)}\n`);
      setMade({ digest: await digestOf(bundle), fingerprint: await fingerprintOf(pair.publicKey) });
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <>
      <div class="no-print">
        <ExportWithWarning
          label="Dossier exporteren (ondertekend)"
          keep="Geef het alleen beveiligd door aan wie de zaak overneemt. De ontvanger controleert het met “Dossier controleren” op het eerste scherm van Kring."
          onExport={() => void make()}
        />
        {error && (
          <p role="alert" class="notice notice--error">
            {error}
          </p>
        )}
      </div>
      {made && (
        <div class="notice dossier-codes" role="status">
          <p class="no-print">
            <strong>Het ondertekende dossier is gemaakt.</strong> Druk het dossier nu af als u het ook op papier geeft: deze codes staan dan op de afdruk.
          </p>
          <p>
            Controlecode van het dossierbestand: <span class="code-text">{made.digest}</span>
          </p>
          <p>
            Vingerafdruk van de sleutel van {data.school.name}: <span class="code-text">{made.fingerprint}</span>
          </p>
        </div>
      )}
    </>
  );
}
