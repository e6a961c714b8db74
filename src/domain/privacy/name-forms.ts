import { sortingSurname, type Pupil } from '../pupils';

/**
 * A child's name as people write it, and finding it in free text however it is typed: with or
 * without accents (Chloé, Chloe), a dotless or dotted i (Yılmaz, Yilmaz), ß as ss, any case, the
 * surname alone (with and without "van", "de"…), initials with the surname ("M. Yilmaz"), the first
 * name with the surname's initial ("Bram K."), the first name alone, possessives, and every earlier
 * name the child had in Kring (a rename keeps the old one: what was written then used it).
 */

export type Named = Pick<Pupil, 'firstName' | 'lastName'> & Partial<Pick<Pupil, 'formerNames'>>;

/** Letters people type in place of others: folded to what a keyboard without them gives. */
const LOOK_ALIKES: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** A name folded the way people type it: no accents, plain letters, lower case. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[ıßøæœłđðþ]/g, (c) => LOOK_ALIKES[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The forms of one name (first and last as written in the register). */
function formsOfName(firstName: string, lastName: string): string[] {
  const first = firstName.normalize('NFC').trim();
  const last = lastName.normalize('NFC').trim();
  const bareLast = sortingSurname(last);
  const initial = first.charAt(0);
  const lastInitial = bareLast.charAt(0);
  return [
    `${first} ${last}`,
    `${initial}. ${last}`,
    `${initial} ${last}`,
    `${initial}. ${bareLast}`,
    `${first} ${lastInitial}.`,
    last,
    bareLast,
    first,
  ].filter((n) => n.length > 1);
}

/** Every form of a pupil's name, now and before any rename, each once however it is typed. */
export function nameForms(pupil: Named): string[] {
  const names = [{ firstName: pupil.firstName, lastName: pupil.lastName }, ...(pupil.formerNames ?? [])];
  const all = names.flatMap((n) => formsOfName(n.firstName, n.lastName));
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = foldName(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every form of these pupils' names that is not also a form of someone's who stays named. */
export function formsOf(named: readonly Named[], keep: readonly Named[] = []): string[] {
  const kept = new Set(keep.flatMap(nameForms).map(foldName));
  const seen = new Set<string>();
  return named.flatMap(nameForms).filter((n) => {
    const key = foldName(n);
    if (kept.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A folded form as a pattern over folded text: any spacing, the dot of an initial optional. */
function formPattern(folded: string): string {
  return folded
    .split('')
    .map((c) => (c === ' ' ? '\\s+' : c === '.' ? '\\.?' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

/** The text folded letter by letter, with where each folded character came from in the text. */
function foldedWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch === ' ' || ch === '\n' ? ch : foldName(ch) || (/\p{M}/u.test(ch) ? '' : ch);
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * Replaces each of these name forms in one pass, longest first (so "Jan de Vries" goes whole before
 * "Jan" could), also as a possessive ("Jans fiets", "Bram's jas"). Matched on the text folded as
 * names are (accents, look-alike letters, case), replaced in the text as written. A sentence that
 * began with a name begins with the label, capitalised. The text comes back in NFC.
 */
export function replaceNameForms(text: string, forms: readonly string[], label: string): string {
  const written = text.normalize('NFC');
  const anyForm = patternOf(forms);
  if (!anyForm) return written;
  const { folded, origin } = foldedWithOrigins(written);
  const capital = label.charAt(0).toLocaleUpperCase('nl') + label.slice(1);
  let out = '';
  let from = 0;
  for (const m of folded.matchAll(anyForm)) {
    const start = origin[m.index]!;
    const end = origin[m.index + m[0].length]!;
    out += written.slice(from, start) + (/^$|[.!?]\s+$/.test(written.slice(Math.max(0, start - 3), start)) ? capital : label);
    from = end;
  }
  return out + written.slice(from);
}

/** One pattern for a set of forms, built once and reused (a parents' copy cleans hundreds of texts with the same names). */
const patterns = new Map<string, RegExp | null>();
function patternOf(forms: readonly string[]): RegExp | null {
  const sorted = [...new Set(forms.map(foldName))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const key = sorted.join('\u0000');
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    // A name ends where no letter or digit follows: "Zoe" is not found in "Zoëtermeer" (folded "zoetermeer").
    pattern = sorted.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(formPattern).join('|')})(?:'?s)?(?![\\p{L}\\p{N}])`, 'gu');
    if (patterns.size > 200) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}
