import type { MeldingInput } from '../../domain/melding';

/** A melding started from elsewhere (a signal on the start screen) arrives here, taken once by the form. */
let pending: Partial<MeldingInput> | null = null;

export function prefillNextMelding(values: Partial<MeldingInput>): void {
  pending = values;
}

export function takeMeldingPrefill(): Partial<MeldingInput> | null {
  const taken = pending;
  pending = null;
  return taken;
}
