import { addDays, formatDay, isoDay } from '../dates';
import type { Melding } from '../melding';
import type { Incident } from './incident';

/**
 * "Telkens opnieuw tegen dezelfde persoon": scattered incidents and meldingen become a signal when the
 * same child is targeted again and again. Pure; thresholds are school settings.
 */

export interface TargetingThresholds {
  /** Flag a child who is a target this many times… */
  targetCount: number;
  /** …within this many days. */
  windowDays: number;
  /** Flag a child targeted by the same actor this many times in the window. */
  sameActorCount: number;
  /** An actor with this many different targets in the window is a different signal. */
  manyTargetsCount: number;
}
export const defaultThresholds: TargetingThresholds = { targetCount: 3, windowDays: 28, sameActorCount: 2, manyTargetsCount: 3 };

/** One time a child was on the receiving end: an incident as target, or a melding about them. */
export interface TargetEvent {
  id: string;
  source: 'incident' | 'melding';
  day: string;
  target: string;
  actors: string[];
  label: string;
}

export type SignalKind = 'herhaald-doelwit' | 'zelfde-dader' | 'veel-doelwitten';

export interface Signal {
  pupilId: string;
  kind: SignalKind;
  /** The events behind it, oldest first. */
  events: TargetEvent[];
  /** For 'zelfde-dader': the actor; for 'veel-doelwitten': the different targets. */
  others: string[];
}

export function targetEvents(incidents: readonly Incident[], meldingen: readonly Melding[], kindLabel: (i: Incident) => string): TargetEvent[] {
  const events: TargetEvent[] = [];
  for (const incident of incidents) {
    const actors = incident.involved.filter((p) => p.part === 'dader').map((p) => p.pupilId);
    for (const target of incident.involved.filter((p) => p.part === 'doelwit'))
      events.push({ id: incident.id, source: 'incident', day: isoDay(new Date(incident.occurredAt)), target: target.pupilId, actors, label: kindLabel(incident) });
  }
  for (const melding of meldingen)
    for (const target of melding.pupilIds)
      events.push({ id: melding.id, source: 'melding', day: melding.occurredOn, target, actors: [], label: 'melding' });
  return events.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

/** The signals of the window that ends today. */
export function detectSignals(events: readonly TargetEvent[], today: string, t: TargetingThresholds = defaultThresholds): Signal[] {
  const from = addDays(today, -(t.windowDays - 1));
  const recent = events.filter((e) => e.day >= from && e.day <= today).sort((a, b) => a.day.localeCompare(b.day));
  const signals: Signal[] = [];

  const byTarget = groupBy(recent, (e) => e.target);
  for (const [target, evs] of byTarget) {
    if (evs.length >= t.targetCount) signals.push({ pupilId: target, kind: 'herhaald-doelwit', events: evs, others: [] });
    const byActor = new Map<string, TargetEvent[]>();
    for (const e of evs) for (const actor of e.actors) byActor.set(actor, [...(byActor.get(actor) ?? []), e]);
    for (const [actor, withActor] of byActor)
      if (withActor.length >= t.sameActorCount) signals.push({ pupilId: target, kind: 'zelfde-dader', events: withActor, others: [actor] });
  }

  const byActor = new Map<string, TargetEvent[]>();
  for (const e of recent) for (const actor of e.actors) byActor.set(actor, [...(byActor.get(actor) ?? []), e]);
  for (const [actor, evs] of byActor) {
    const targets = [...new Set(evs.map((e) => e.target))];
    if (targets.length >= t.manyTargetsCount) signals.push({ pupilId: actor, kind: 'veel-doelwitten', events: evs, others: targets });
  }
  return signals;
}

/** The signal in a sentence a teacher reads at a glance: "3 keer doelwit in 4 weken: …". */
export function explainSignal(signal: Signal, t: TargetingThresholds, name: (pupilId: string) => string): string {
  const weeks = t.windowDays % 7 === 0 ? `${t.windowDays / 7} weken` : `${t.windowDays} dagen`;
  const list = signal.events.map((e) => `${formatDay(e.day)} (${e.label})`).join(', ');
  switch (signal.kind) {
    case 'herhaald-doelwit':
      return `${signal.events.length} keer doelwit in ${weeks}: ${list}.`;
    case 'zelfde-dader':
      return `${signal.events.length} keer doelwit van dezelfde leerling (${name(signal.others[0]!)}) in ${weeks}: ${list}.`;
    case 'veel-doelwitten':
      return `Richt zich in ${weeks} op ${signal.others.length} verschillende kinderen: ${signal.others.map(name).join(', ')}.`;
  }
}

/** The signals about one child in one part: targeted (again, or by the same child), or targeting many. */
export interface PupilSignals {
  pupilId: string;
  targeting: boolean;
  signals: Signal[];
}

/** One card per child, not one per rule: a child targeted three times, twice by the same classmate, is one signal. */
export function signalsPerPupil(signals: readonly Signal[]): PupilSignals[] {
  const groups = new Map<string, PupilSignals>();
  for (const signal of signals) {
    const targeting = signal.kind === 'veel-doelwitten';
    const key = `${signal.pupilId}|${targeting}`;
    const group = groups.get(key) ?? { pupilId: signal.pupilId, targeting, signals: [] };
    group.signals.push(signal);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A child's signals in sentences: the count once, and who keeps coming back as a short addition to it. */
export function explainPupilSignals(group: PupilSignals, t: TargetingThresholds, name: (pupilId: string) => string): string[] {
  const repeated = group.signals.some((s) => s.kind === 'herhaald-doelwit');
  return group.signals.map((s) =>
    repeated && s.kind === 'zelfde-dader' ? `Daarvan ${s.events.length} keer door dezelfde leerling: ${name(s.others[0]!)}.` : explainSignal(s, t, name),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
