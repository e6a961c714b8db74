import { feelingWord } from '../case/feelings';
import type { Incident } from '../incidents/incident';
import type { Melding } from '../melding';
import type { Prompt, ProtocolDefinition, ProtocolStep } from '../protocol';
import { stepById } from '../protocol';
import type { Pupil } from '../pupils';
import { pupilTimeline, type TimelineEntry } from '../case/timeline';
import type { Zaak } from '../case/zaak';

/**
 * The parents' copy (AVG inzage): everything Kring holds about one child. Parents may see their own
 * child's data only, so another child's answers never appear (chosen by whose each answer is, in the
 * protocol), and in free text every other child's name is replaced by a neutral label.
 */
export const NEUTRAL_LABEL = 'een medeleerling';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Named = Pick<Pupil, 'firstName' | 'lastName'>;

/**
 * A name as people write it: the full name, the surname alone (with and without "van", "de"…),
 * initials with the surname ("J. de Vries", "J de Vries"), and the first name alone.
 */
export function nameForms(pupil: Named): string[] {
  const first = pupil.firstName.normalize('NFC').trim();
  const last = pupil.lastName.normalize('NFC').trim();
  const bareLast = last.replace(/^((van|de|den|der|het|ter|ten|te|in|op|la|le|du|d')\s+)+/iu, '');
  const initial = first.charAt(0);
  return [...new Set([`${first} ${last}`, `${initial}. ${last}`, `${initial} ${last}`, `${initial}. ${bareLast}`, last, bareLast, first].filter((n) => n.length > 1))];
}

/**
 * Replaces every form of the others' names, in any case, also as a possessive ("Jans fiets",
 * "Bram's jas"); forms that are also the child's own are left, so the child's name stays.
 */
export function neutralizeNames(text: string, others: readonly Named[], own?: Named): string {
  const mine = new Set((own ? nameForms(own) : []).map((n) => n.toLocaleLowerCase('nl')));
  const forms = [...new Set(others.flatMap(nameForms))].filter((n) => !mine.has(n.toLocaleLowerCase('nl'))).sort((a, b) => b.length - a.length);
  if (forms.length === 0) return text.normalize('NFC');
  // One pass with every form, longest first, so "Jan de Vries" goes whole before "Jan" could.
  const anyForm = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?:'?s)?(?![\\p{L}\\p{N}])`, 'giu');
  return text.normalize('NFC').replace(anyForm, NEUTRAL_LABEL);
}

export interface ParentsCopyEntry extends TimelineEntry {
  answers?: string[];
}

/** Whose an answer is: the prompt says; otherwise the group's in a step held with the group, else the bullied child's. */
function concernsOf(step: ProtocolStep, prompt: Prompt): 'gepeste' | 'pester' | 'groep' {
  return prompt.concerns ?? (step.childrenLook ? 'groep' : 'gepeste');
}

function answerText(prompt: Prompt, value: string | number | boolean): string {
  if (prompt.kind === 'faceScale' && typeof value === 'number') return feelingWord(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  return String(value);
}

export function parentsCopy(
  protocol: ProtocolDefinition,
  child: Pupil,
  pupils: readonly Pupil[],
  meldingen: readonly Melding[],
  zaken: readonly Zaak[],
  incidents: readonly Incident[],
  /** The wording each zaak was opened with (a school's own protocol version); default: `protocol`. */
  wordingOf: (zaak: Zaak) => ProtocolDefinition = () => protocol,
): ParentsCopyEntry[] {
  const others = pupils.filter((p) => p.id !== child.id);
  const clean = (text: string | undefined) => (text === undefined ? undefined : neutralizeNames(text, others, child));
  const own = zaken.filter((z) => z.bulliedPupilId === child.id);
  const entries: ParentsCopyEntry[] = pupilTimeline(protocol, child.id, meldingen, zaken, incidents).map((e) => ({ at: e.at, by: e.by, title: e.title, detail: clean(e.detail) }));
  // The child's own conversations: what was asked and answered about them and their situation,
  // never what belongs to the child who keeps bullying (a plan, a consequence, a care trajectory).
  for (const zaak of own)
    for (const c of zaak.conversations) {
      const step = stepById(wordingOf(zaak), c.stepId);
      const answers = step.prompts
        .filter((p) => concernsOf(step, p) !== 'pester')
        .filter((p) => c.answers[p.id] !== undefined && c.answers[p.id] !== '')
        .map((p) => `${p.text} ${answerText(p, c.answers[p.id]!)}`);
      if (answers.length) entries.push({ at: c.recordedAt, by: c.recordedBy, title: `Antwoorden — ${step.label}`, answers: answers.map((a) => clean(a)!) });
    }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
