import type { ProtocolDefinition } from '../../../domain/protocol';
import { TextField } from '../../../ui/TextField';
import type { ProtocolForm } from './protocol-form';

/** The names and descriptions of the roles in a supportgroep; which roles exist is the protocol's. */
export function RolesEditor({ base, form, onChange }: { base: ProtocolDefinition; form: ProtocolForm; onChange: (roles: ProtocolForm['roles']) => void }) {
  return (
    <section class="card" aria-labelledby="protocol-roles">
      <h2 id="protocol-roles">Rollen</h2>
      {base.roles.map((r) => {
        const value = form.roles[r.id] ?? { label: r.label, description: r.description };
        return (
          <div key={r.id} class="field-row">
            <TextField id={`role-${r.id}-label`} label="Naam van de rol" value={value.label} onInput={(label) => onChange({ ...form.roles, [r.id]: { ...value, label } })} maxLength={40} />
            <TextField id={`role-${r.id}-description`} label={`Omschrijving (${r.label})`} value={value.description} onInput={(description) => onChange({ ...form.roles, [r.id]: { ...value, description } })} maxLength={200} />
          </div>
        );
      })}
    </section>
  );
}
