import type { ProtocolDefinition } from '../../../domain/protocol';
import { CheckItem } from '../../../ui/CheckItem';
import { TextField } from '../../../ui/TextField';
import type { ProtocolForm } from './protocol-form';

/** The names and descriptions of the roles in a supportgroep; which roles exist is the protocol's. */
export function RolesEditor({ base, form, onChange }: { base: ProtocolDefinition; form: ProtocolForm; onChange: (roles: ProtocolForm['roles']) => void }) {
  return (
    <section class="card" aria-labelledby="protocol-roles">
      <h2 id="protocol-roles">Rollen</h2>
      <p class="field__hint">Standaard telt alleen de pester in Esis als pester. Een kind in de extra stap telt daar altijd als pester.</p>
      {base.roles.map((r) => {
        const value = form.roles[r.id] ?? { label: r.label, description: r.description, esis: r.esis };
        // The pester always counts as one, the bullied child is not in the group, and those who stand
        // by the bullied child never do: only the other roles are the school's choice.
        const choosable = r.supportGroupMember && !['pester', 'verdediger', 'vriend'].includes(r.id);
        return (
          <fieldset key={r.id} class="field role-editor">
            <legend>{r.label}</legend>
            <div class="field-row">
              <TextField id={`role-${r.id}-label`} label="Naam van de rol" value={value.label} onInput={(label) => onChange({ ...form.roles, [r.id]: { ...value, label } })} maxLength={40} />
              <TextField id={`role-${r.id}-description`} label={`Omschrijving (${r.label})`} value={value.description} onInput={(description) => onChange({ ...form.roles, [r.id]: { ...value, description } })} maxLength={200} />
            </div>
            {choosable && (
              <CheckItem
                id={`role-${r.id}-esis`}
                label="Telt in Esis als pester (Incidenten → pesten in plaats van het dagboek)"
                checked={(value.esis ?? r.esis) === 'incidenten-pesten'}
                onChange={(on) => onChange({ ...form.roles, [r.id]: { ...value, esis: on ? 'incidenten-pesten' : 'dagboek' } })}
              />
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
