import { href } from '../../ui/routes';

/** A zaak that is not here: deleted, on another tablet, or outside this person's view. */
export function ZaakNotFound() {
  return (
    <>
      <h1>Zaak niet gevonden</h1>
      <p>Deze zaak bestaat niet (meer), of hoort niet bij uw groep of bij de zaken die u leidt.</p>
      <p>
        <a href={href({ name: 'zaken' })}>Naar de zaken</a>
      </p>
    </>
  );
}
