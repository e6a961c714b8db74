import { useEffect, useState } from 'preact/hooks';
import { formatBytes, readStorageStatus, requestPersistence, type StorageStatus } from '../../data/storage-status';

/** Whether the browser promised to keep Kring's data, and how much room it takes. */
export function StorageInfo() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = () => void readStorageStatus().then(setStatus);
  useEffect(refresh, []);

  return (
    <section class="card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">Opslag op dit apparaat</h2>
      {status === null && <p>Opslag wordt bekeken…</p>}
      {status && !status.supported && (
        <p class="notice" data-testid="storage-unsupported">
          Deze browser vertelt niet hoeveel opslag Kring gebruikt en kan niet beloven de gegevens te bewaren. Zet Kring op
          het beginscherm van de tablet en maak regelmatig een reservekopie.
        </p>
      )}
      {status?.supported && (
        <dl class="details" data-testid="storage-status">
          <dt>Blijvende opslag</dt>
          <dd>
            {status.persisted === true
              ? 'Toegekend: de browser ruimt de gegevens van Kring niet zelf op.'
              : 'Niet toegekend: de browser mag de gegevens opruimen als de ruimte krap wordt.'}
          </dd>
          <dt>In gebruik</dt>
          <dd>
            {status.usageBytes === null ? 'Onbekend' : formatBytes(status.usageBytes)}
            {status.quotaBytes !== null && ` van ${formatBytes(status.quotaBytes)} beschikbaar`}
          </dd>
        </dl>
      )}
      {status?.supported && status.persisted !== true && (
        <button type="button" class="button" onClick={() => void requestPersistence().then(refresh)}>
          Blijvende opslag aanvragen
        </button>
      )}
    </section>
  );
}
