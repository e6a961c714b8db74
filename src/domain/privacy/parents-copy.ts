import type { Incident } from '../incidents/incident';
import type { Melding } from '../melding';
import type { ProtocolDefinition } from '../protocol';
import { stepById } from '../protocol';
import type { Pupil } from '../pupils';
import { pupilTimeline, type TimelineEntry } from '../case/timeline';
import type { Zaak } from '../case/zaak';

/**
 * The parents' copy (AVG inzage): everything Kring holds about one child, with every other child's
 * name replaced by a neutral label, since parents may see their own child's data only.
 */
export const NEUTRAL_LABEL = 'een medeleerling';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Full names first, then first names alone, as whole words. */
export function neutralizeNames(text: string, others: readonly Pick<Pupil, 'firstName' | 'lastName'>[]): string {
  const full = others.map((p) => `${p.firstName} ${p.lastName}`);
  const first = [...new Set(others.map((p) => p.firstName))];
  let result = text;
  for (const name of [...full.sort((a, b) => b.length - a.length), ...first.sort((a, b) => b.length - a.length)])
    result = result.replace(new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'gu'), NEUTRAL_LABEL);
  return result;
}

export interface ParentsCopyEntry extends TimelineEntry {
  answers?: string[];
}

export function parentsCopy(
  protocol: ProtocolDefinition,
  child: Pupil,
  pupils: readonly Pupil[],
  meldingen: readonly Melding[],
  zaken: readonly Zaak[],
  incidents: readonly Incident[],
): ParentsCopyEntry[] {
  const others = pupils.filter((p) => p.id !== child.id);
  const clean = (text: string | undefined) => (text === undefined ? undefined : neutralizeNames(text, others));
  const own = zaken.filter((z) => z.bulliedPupilId === child.id);
  const entries: ParentsCopyEntry[] = pupilTimeline(protocol, child.id, meldingen, zaken, incidents).map((e) => ({ at: e.at, by: e.by, title: e.title, detail: clean(e.detail) }));
  // The child's own conversations in full: what was asked and answered about them.
  for (const zaak of own)
    for (const c of zaak.conversations) {
      const step = stepById(protocol, c.stepId);
      const answers = step.prompts
        .filter((p) => c.answers[p.id] !== undefined && c.answers[p.id] !== '')
        .map((p) => `${p.text} ${typeof c.answers[p.id] === 'boolean' ? (c.answers[p.id] ? 'Ja' : 'Nee') : String(c.answers[p.id])}`);
      if (answers.length) entries.push({ at: c.recordedAt, by: c.recordedBy, title: `Antwoorden — ${step.label}`, answers: answers.map((a) => clean(a)!) });
    }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
