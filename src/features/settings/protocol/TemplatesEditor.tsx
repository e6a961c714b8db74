import { fillTemplate } from '../../../domain/esis/esis-notes';
import type { EsisTemplates } from '../../../domain/protocol';
import { TextField } from '../../../ui/TextField';

const example = { naam: 'Sam Voorbeeld', start: '3 november 2026', melding: '2 november 2026', actie: 'Ik vraag Sam mee te spelen', stand: 'in behandeling' };
const fields: { id: keyof EsisTemplates; label: string }[] = [
  { id: 'gepeste', label: 'Gepeste leerling (Incidenten → pesten)' },
  { id: 'pester', label: 'Pester (Incidenten → pesten)' },
  { id: 'dagboek', label: 'Andere leden van de supportgroep (dagboek)' },
  { id: 'incident', label: 'Geen pesten maar een incident (dagboek)' },
];

/** The Esis note texts, with a live example so the effect of a placeholder is plain. */
export function TemplatesEditor({ value, onChange }: { value: EsisTemplates; onChange: (templates: EsisTemplates) => void }) {
  return (
    <section class="card" aria-labelledby="protocol-esis">
      <h2 id="protocol-esis">Esis-teksten</h2>
      <p>
        Invulplekken: {'{naam}'} de leerling, {'{start}'} de start van de aanpak, {'{melding}'} de dag van de melding, {'{actie}'} het eigen
        actiepunt (in een dagboeknotitie alleen dat er een is, nooit de eigen woorden), {'{stand}'} hoe de zaak ervoor staat. Een
        dagboeknotitie noemt geen rol.
      </p>
      {fields.map((f) => (
        <div key={f.id}>
          <TextField id={`template-${f.id}`} label={f.label} multiline value={value[f.id]} onInput={(text) => onChange({ ...value, [f.id]: text })} maxLength={1000} />
          <p class="field__hint">Voorbeeld: {fillTemplate(value[f.id], example)}</p>
        </div>
      ))}
    </section>
  );
}
