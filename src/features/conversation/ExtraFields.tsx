import { attendeeRoles } from '../../domain/case/zaak';
import type { NetworkProvider } from '../../domain/protocol';
import { CheckItem } from '../../ui/CheckItem';

type Attendee = (typeof attendeeRoles)[number]['id'];

/** Extra stap, confronting conversation: who was there, as the protocol requires. */
export function AttendeesField({ value, onChange, error }: { value: Attendee[]; onChange: (v: Attendee[]) => void; error?: string | undefined }) {
  return (
    <fieldset class={`field${error ? ' field--invalid' : ''}`}>
      <legend>Wie waren aanwezig?</legend>
      {attendeeRoles.map((a) => (
        <CheckItem
          key={a.id}
          id={`attendee-${a.id}`}
          label={a.label}
          checked={value.includes(a.id)}
          onChange={(on) => onChange(on ? [...value, a.id] : value.filter((v) => v !== a.id))}
        />
      ))}
      {error && <p class="field__error">{error}</p>}
    </fieldset>
  );
}

/** Extra stap, evaluation: a referral to a provider from the school's social network (Bijlage 1). */
export function ReferralField({ network, value, onChange }: { network: NetworkProvider[]; value: string | undefined; onChange: (v: string | undefined) => void }) {
  return (
    <div class="field">
      <label for="referral">Doorverwijzing naar (sociaal netwerk)</label>
      <select id="referral" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">Geen doorverwijzing</option>
        {network.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}{p.offers && ` — ${p.offers}`}{p.contact && ` (${p.contact})`}
          </option>
        ))}
      </select>
    </div>
  );
}
