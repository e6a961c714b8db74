import type { NetworkProvider } from '../../../domain/protocol';
import { TextField } from '../../../ui/TextField';

/** Bijlage 1: where the school refers a child, with the contact details the school fills in. */
export function NetworkEditor({ value, onChange }: { value: NetworkProvider[]; onChange: (network: NetworkProvider[]) => void }) {
  const set = (index: number, change: Partial<NetworkProvider>) => onChange(value.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <section class="card" aria-labelledby="protocol-network">
      <h2 id="protocol-network">Sociaal netwerk</h2>
      <ul class="list">
        {value.map((p, i) => (
          <li key={p.id} class="network-provider">
            <div class="field-row">
              <TextField id={`network-${p.id}-kind`} label="Soort hulp" value={p.kind} onInput={(kind) => set(i, { kind })} maxLength={80} />
              <TextField id={`network-${p.id}-name`} label="Organisatie" value={p.name} onInput={(name) => set(i, { name })} maxLength={120} />
            </div>
            <div class="field-row">
              <TextField id={`network-${p.id}-offers`} label="Biedt" optional value={p.offers} onInput={(offers) => set(i, { offers })} maxLength={200} />
              <TextField id={`network-${p.id}-contact`} label="Contact (naam, telefoon, e-mail)" optional value={p.contact ?? ''} onInput={(contact) => set(i, { contact })} maxLength={300} />
            </div>
            <button type="button" class="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              Verwijderen<span class="visually-hidden"> ({p.name})</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="button" onClick={() => onChange([...value, { id: crypto.randomUUID(), kind: '', name: '', offers: '', contact: '' }])}>
        Organisatie toevoegen
      </button>
    </section>
  );
}
