import * as z from 'zod/mini';

/** Free text as a form sends it: trimmed, with a Dutch message when it is empty or too long. */
export function requiredText(label: string, max: number) {
  return z.string().check(
    z.trim(),
    // "Vul de naam in", but "Vul in waarom …": a clause goes after the verb.
    z.minLength(1, /^(waarom|wat|hoe|wie|welke?|wanneer|waar)\b/.test(label) ? `Vul in ${label}.` : `Vul ${label} in.`),
    z.maxLength(max, `${capitalize(label)} is te lang (hoogstens ${max} tekens).`),
  );
}

export function optionalText(label: string, max: number) {
  return z.string().check(z.trim(), z.maxLength(max, `${capitalize(label)} is te lang (hoogstens ${max} tekens).`));
}

export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul een geldige datum in.'));
export const isoDateTime = z.string().check(z.minLength(20), z.maxLength(40));
export const recordId = z.string().check(z.minLength(1), z.maxLength(64));

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
