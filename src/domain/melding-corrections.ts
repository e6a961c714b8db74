import type { Melding, MeldingCorrection } from './melding';
import type { FieldErrors } from './validation';

/**
 * A melding as filed and its triage are held: what was written wrong is corrected by an added entry
 * (who, when, why, what it was and what it became), as for a held conversation (case/corrections.ts).
 * The melding, the zaak's and the child's timeline and the parents' copy read the corrected text and
 * say that it was corrected.
 */

export type MeldingField = MeldingCorrection['field'];

const labels: Record<MeldingField, string> = {
  description: 'Wat is er gebeurd',
  location: 'Waar',
  'triage.reason': 'Waarom (beoordeling)',
  'triage.followUp': 'Vervolg (beoordeling)',
};
export const meldingFieldLabel = (field: MeldingField) => labels[field];

function valueOf(m: Melding, field: MeldingField): string | undefined {
  switch (field) {
    case 'description':
      return m.description;
    case 'location':
      return m.location;
    case 'triage.reason':
      return m.triage?.reason;
    case 'triage.followUp':
      return m.triage?.followUp;
  }
}

/** What of this melding can be corrected now: what it says in words (the triage's once it is judged), as it reads now. */
export function meldingCorrectableFields(held: Melding): { field: MeldingField; label: string; value: string }[] {
  const m = asCorrectedMelding(held);
  const fields: MeldingField[] = ['description', 'location', ...(m.triage ? (['triage.reason', 'triage.followUp'] as const) : [])];
  return fields.map((field) => ({ field, label: labels[field], value: valueOf(m, field) ?? '' }));
}

const cache = new WeakMap<Melding, Melding>();

/** The melding as it reads now: every correction applied in order, on a copy. */
export function asCorrectedMelding(m: Melding): Melding {
  if (!m.corrections?.length) return m;
  const known = cache.get(m);
  if (known) return known;
  const out: Melding = { ...m, ...(m.triage ? { triage: { ...m.triage } } : {}) };
  for (const k of [...m.corrections].sort((a, b) => a.at.localeCompare(b.at))) {
    if (k.field === 'description') out.description = k.to;
    else if (k.field === 'location') out.location = k.to;
    else if (k.field === 'triage.reason' && out.triage) out.triage.reason = k.to;
    else if (k.field === 'triage.followUp' && out.triage) out.triage.followUp = k.to;
  }
  cache.set(m, out);
  return out;
}

export type MeldingCorrectionResult = { ok: true; melding: Melding } | { ok: false; errors: FieldErrors };

/** Adds a correction, or says in Dutch why not (nothing to correct, no change, no reason). */
export function correctMelding(held: Melding, field: string, to: string, reason: string, at: Date, by?: string): MeldingCorrectionResult {
  const current = meldingCorrectableFields(held).find((f) => f.field === field);
  if (!current) return { ok: false, errors: { field: 'Kies wat u wilt corrigeren.' } };
  const text = to.normalize('NFC').trim();
  const why = reason.trim();
  const errors: FieldErrors = {};
  if (text === current.value.trim()) errors.to = 'De nieuwe tekst is gelijk aan de huidige. Er is niets gecorrigeerd.';
  else if (text === '' && (field === 'description' || field === 'triage.reason')) errors.to = 'Vul in wat er had moeten staan.';
  else if (text.length > 4000) errors.to = 'De tekst is te lang (hoogstens 4000 tekens).';
  if (why === '') errors.reason = 'Schrijf op waarom dit wordt gecorrigeerd: de correctie blijft bij de melding staan.';
  else if (why.length > 1000) errors.reason = 'De reden is te lang (hoogstens 1000 tekens).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const correction: MeldingCorrection = { at: at.toISOString(), ...(by ? { by } : {}), field: current.field, from: current.value, to: text, reason: why };
  return { ok: true, melding: { ...held, corrections: [...(held.corrections ?? []), correction], updatedAt: at.toISOString() } };
}

/** Every correction any version holds, each once, oldest first: corrections made apart are all kept. */
export function unionMeldingCorrections(versions: readonly Melding[]): MeldingCorrection[] {
  const all: MeldingCorrection[] = [];
  for (const k of versions.flatMap((v) => v.corrections ?? [])) if (!all.some((o) => JSON.stringify(o) === JSON.stringify(k))) all.push(k);
  return all.sort((a, b) => a.at.localeCompare(b.at) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** A melding without its corrections, to judge versions by what they hold apart from them. */
export function withoutCorrections(m: Melding): Melding {
  const { corrections: _corrections, ...rest } = m;
  return rest;
}
