import type { SchoolData } from '../../data/school-data';
import { href } from '../../ui/routes';
import { useSync } from '../sync/sync-store';

/**
 * A record that is not here, said as it is: damaged on this tablet (altered outside Kring, or
 * unreadable), possibly among what the server sent that could not be read, or simply not here
 * (deleted, on another tablet, or outside this person's view).
 */
export function NotHere({ data, table, id, what }: { data: SchoolData; table: 'zaken' | 'meldingen'; id: string; what: 'zaak' | 'melding' }) {
  const setAside = useSync((s) => s.status?.setAside?.length ?? 0);
  const damaged = (data.damaged ?? []).some((d) => d.table === table && d.id === id);
  const list = what === 'zaak' ? { name: 'zaken' as const, label: 'Naar de zaken' } : { name: 'meldingen' as const, label: 'Naar de meldingen' };
  const The = what === 'zaak' ? 'Deze zaak' : 'Deze melding';
  return (
    <>
      <h1>
        {what === 'zaak' ? 'Zaak' : 'Melding'} {damaged ? 'niet te lezen' : 'niet gevonden'}
      </h1>
      {damaged ? (
        <p class="notice notice--error">
          {The} staat op deze tablet, maar kan niet worden gelezen: ze is beschadigd of buiten Kring gewijzigd. Kring laat haar zoals ze is en toont niets wat niet klopt. Vraag de
          beheerder: een reservekopie of een andere tablet van de school heeft haar nog.
        </p>
      ) : (
        <p>
          {The} bestaat niet (meer) op deze tablet, of hoort niet bij uw groep{what === 'zaak' ? ' of bij de zaken die u leidt' : ''}.
        </p>
      )}
      {!damaged && setAside > 0 && (
        <p class="notice">
          De server stuurde ook gegevens die deze tablet niet kan lezen; misschien is dit er een. Zie Instellingen → Synchronisatie, onder &lsquo;Tegengehouden van de server&rsquo;.
        </p>
      )}
      <p>
        <a href={href(list)}>{list.label}</a>
      </p>
    </>
  );
}

/** A zaak that is not here: see NotHere. */
export function ZaakNotFound({ data, id }: { data: SchoolData; id: string }) {
  return <NotHere data={data} table="zaken" id={id} what="zaak" />;
}
