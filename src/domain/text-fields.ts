import * as z from 'zod/mini';

/**
 * Characters that change how a name shows without being part of it: bidirectional controls (which
 * make "Jan\u202Egnidnib" show as another name) and zero-width ones (which make two equal-looking
 * names differ).
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** A name as Kring keeps it: one Unicode form (NFC, so "Zoë" typed and "Zoë" imported are equal), nothing invisible. */
export function cleanName(text: string): string {
  // Invisible characters go first: one between a letter and its accent would otherwise keep them apart.
  return text.replace(INVISIBLE, '').normalize('NFC');
}

/** A person's or group's name: cleaned at the door (every form and import goes through the schema), then as requiredText. */
export function nameText(label: string, max: number) {
  return z.string().check(
    z.overwrite(cleanName),
    z.trim(),
    z.minLength(1, `Vul ${label} in.`),
    z.maxLength(max, `${capitalize(label)} is te lang (hoogstens ${max} tekens).`),
  );
}

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

/** A real calendar day, YYYY-MM-DD: 2026-02-30 is refused, not rolled over into March. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul een geldige datum in.'),
  z.refine((day) => {
    const date = new Date(`${day}T12:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, 'Vul een geldige datum in.'),
);
/** A moment as Kring writes it (Date.toISOString, UTC): strictly that form, and a moment that exists. */
export const isoDateTime = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'Geen geldig tijdstip.'),
  z.refine((at) => !Number.isNaN(Date.parse(at)) && new Date(at).toISOString().slice(0, 19) === at.slice(0, 19), 'Geen geldig tijdstip.'),
);
export const recordId = z.string().check(z.minLength(1), z.maxLength(64));

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
