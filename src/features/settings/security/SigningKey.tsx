import { useEffect, useState } from 'preact/hooks';
import { fingerprintOf } from '../../../data/crypto/signing';
import { schoolSigningPair } from '../../../data/signing-key';
import { clock } from '../../../domain/clock';
import type { School } from '../../../domain/school';
import { requireKey } from '../../session/lock-store';

/**
 * The fingerprint of the key the school signs its dossiers with: the school publishes it (in its
 * schoolgids, on its website), and a receiver compares it with what "Dossier controleren" shows.
 */
export function SigningKey({ school }: { school: School }) {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void schoolSigningPair(requireKey(), clock.now(), school.signing)
      .then((pair) => fingerprintOf(pair.publicKey))
      .then(setFingerprint, () => setFailed(true));
  }, [school.signing]);
  return (
    <section class="card" aria-labelledby="signing-key">
      <h2 id="signing-key">Ondertekenen van dossiers</h2>
      <p>
        Een geëxporteerd dossier is ondertekend met de sleutel van {school.name}. Maak deze vingerafdruk bekend, bijvoorbeeld in de schoolgids: wie een
        dossier ontvangt, vergelijkt hem met wat “Dossier controleren” toont.
      </p>
      {fingerprint && (
        <p>
          Vingerafdruk: <strong class="code-text">{fingerprint}</strong>
        </p>
      )}
      {failed && (
        <p role="alert" class="notice notice--error">
          De sleutel kon niet worden gelezen. Probeer het opnieuw na het ontgrendelen.
        </p>
      )}
    </section>
  );
}
