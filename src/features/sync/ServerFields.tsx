import type { ServerDetails } from '../../data/sync/server-check';
import { TextField } from '../../ui/TextField';

/** The four details of the school's CouchDB, as its IT gave them; used to turn sync on and to join. */
export function ServerFields({ idPrefix, details, onChange }: { idPrefix: string; details: ServerDetails; onChange: (details: ServerDetails) => void }) {
  const set = (field: keyof ServerDetails) => (value: string) => onChange({ ...details, [field]: value });
  return (
    <>
      <TextField
        id={`${idPrefix}-server`}
        label="Adres van de server"
        hint="Van de ICT-beheerder van de school, bijvoorbeeld https://kring-sync.school.nl of /couchdb."
        value={details.server}
        onInput={set('server')}
        autoComplete="off"
      />
      <TextField id={`${idPrefix}-database`} label="Database" hint="De naam van de database van de school." value={details.database} onInput={set('database')} autoComplete="off" />
      <TextField id={`${idPrefix}-username`} label="Account van deze tablet" value={details.username} onInput={set('username')} autoComplete="off" />
      <TextField
        id={`${idPrefix}-password`}
        label="Wachtwoord van het account"
        hint="Van de ICT-beheerder, bij het account van deze tablet; niet het wachtwoord van de school."
        type="password"
        value={details.password}
        onInput={set('password')}
        autoComplete="off"
      />
    </>
  );
}

export const emptyDetails = (): ServerDetails => ({ server: '/couchdb', database: '', username: '', password: '' });
