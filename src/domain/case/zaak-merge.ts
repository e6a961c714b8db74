import { sameRecord } from '../transfer/merge';
import type { Conversation, Zaak } from './zaak';

/**
 * Two tablets worked on one zaak apart (both offline, or a server that kept one from the other).
 * What was held on either is held: the merged zaak is the union of both, never one of them. Every
 * conversation, correction, closing, reopening, handover, move and task stays, with who recorded it and when.
 * Where the two disagree on what stands now (two stap 1 conversations, each composing a support
 * group) nothing is chosen here: the first recorded stands until the lead records which applies
 * (see heldTwice and reconcileHeldTwice). Pure and order-free: every tablet merging the same versions
 * writes the same zaak.
 */

/** A held conversation's identity: the step, its round and child, and the moment it was recorded. */
const conversationKey = (c: Conversation) => [c.stepId, c.round, c.pupilId ?? '', c.recordedAt, c.recordedBy ?? ''].join('|');

function unionBy<T>(lists: readonly (readonly T[])[], order: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  for (const item of lists.flat()) if (!out.some((o) => sameRecord(o, item))) out.push(item);
  return out.sort(order);
}

const byAt = (a: { at: string }, b: { at: string }) => a.at.localeCompare(b.at);
/** Stable order for equal moments: the whole record as text (the same on every tablet). */
const tieBreak = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

function earliestPerKey<T extends { at: string }>(maps: readonly (Record<string, T> | undefined)[]): Record<string, T> | undefined {
  const out: Record<string, T> = {};
  for (const map of maps) for (const [k, v] of Object.entries(map ?? {})) if (!out[k] || v.at < out[k].at || (v.at === out[k].at && tieBreak(v, out[k]) < 0)) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/** The zaak that holds every version; null when they are not one zaak (another child, another melding). */
export function mergeZaken(versions: readonly Zaak[]): Zaak | null {
  const [first] = versions;
  if (!first || versions.some((z) => z.id !== first.id || z.bulliedPupilId !== first.bulliedPupilId || z.meldingId !== first.meldingId)) return null;
  const conversations = unionBy(
    versions.map((z) => z.conversations),
    (a, b) => a.recordedAt.localeCompare(b.recordedAt) || conversationKey(a).localeCompare(conversationKey(b)) || tieBreak(a, b),
  );
  const reopenings = unionBy(versions.map((z) => z.reopenings), (a, b) => byAt(a, b) || tieBreak(a, b));
  const handovers = unionBy(versions.map((z) => z.handovers ?? []), (a, b) => byAt(a, b) || tieBreak(a, b));
  const reschedules = unionBy(versions.map((z) => z.reschedules ?? []), (a, b) => byAt(a, b) || tieBreak(a, b));
  const reconciliations = unionBy(versions.map((z) => z.reconciliations ?? []), (a, b) => byAt(a, b) || tieBreak(a, b));
  const corrections = unionBy(versions.map((z) => z.corrections ?? []), (a, b) => byAt(a, b) || tieBreak(a, b));
  const closingCorrections = unionBy(versions.map((z) => z.closingCorrections ?? []), (a, b) => byAt(a, b) || tieBreak(a, b));
  const closings = versions.flatMap((z) => (z.closing ? [z.closing] : [])).sort((a, b) => byAt(a, b) || tieBreak(a, b));
  const closing = closings.at(-1);
  // Closed when the last closing came after the last reopening; open otherwise.
  const closed = closing !== undefined && !reopenings.some((r) => r.at > closing.at);
  const lead = handovers.at(-1);
  const latest = [...versions].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || tieBreak(a, b)).at(-1)!;
  const opened = [...versions].sort((a, b) => a.openedAt.localeCompare(b.openedAt))[0]!;
  const merged: Zaak = {
    ...opened,
    leadStaffId: lead ? lead.to : opened.leadStaffId,
    leadRole: lead ? latest.leadRole : opened.leadRole,
    status: closed ? 'gesloten' : 'open',
    updatedAt: latest.updatedAt,
    rev: Math.max(...versions.map((z) => z.rev)) + 1,
    members: membersThatStand(conversations, reconciliations, opened.members),
    conversations,
    reopenings,
    closing: closed ? closing : undefined,
  };
  const optional = {
    handovers: handovers.length ? handovers : undefined,
    reschedules: reschedules.length ? reschedules : undefined,
    reconciliations: reconciliations.length ? reconciliations : undefined,
    corrections: corrections.length ? corrections : undefined,
    closingCorrections: closingCorrections.length ? closingCorrections : undefined,
    tasksDone: earliestPerKey(versions.map((z) => z.tasksDone)),
    esisEntered: earliestPerKey(versions.map((z) => z.esisEntered)),
  };
  for (const [k, v] of Object.entries(optional)) if (v === undefined) delete (merged as Record<string, unknown>)[k];
  else (merged as Record<string, unknown>)[k] = v;
  if (!closed) delete merged.closing;
  return merged;
}

/** The group that stands: from the stap 1 the lead chose, or the first stap 1 recorded. */
function membersThatStand(conversations: readonly Conversation[], reconciliations: NonNullable<Zaak['reconciliations']>, fallback: Zaak['members']): Zaak['members'] {
  const stap1s = conversations.filter((c) => c.stepId === 'stap1' && c.outcome === 'pesten');
  const chosen = reconciliations.filter((r) => r.stepId === 'stap1').at(-1);
  const standing = (chosen && stap1s.find((c) => c.recordedAt === chosen.kept)) ?? stap1s[0];
  return standing?.members ?? fallback;
}

/** Conversations held twice (on two tablets), that the lead has not yet reconciled: per step, the versions. */
export function heldTwice(zaak: Zaak): Conversation[][] {
  const groups = new Map<string, Conversation[]>();
  for (const c of zaak.conversations) {
    const key = [c.stepId, c.round, c.pupilId ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].filter(
    (list) => list.length > 1 && !(zaak.reconciliations ?? []).some((r) => r.stepId === list[0]!.stepId && r.round === list[0]!.round && list.every((c) => r.versions.includes(c.recordedAt))),
  );
}

export type ReconcileResult = { ok: true; zaak: Zaak } | { ok: false; errors: Record<string, string> };

/**
 * The lead records which of two conversations held on two tablets stands (for stap 1: which support
 * group). Both stay in the record; this decision names both, with who decided, when and why.
 */
export function reconcileHeldTwice(zaak: Zaak, input: { versions: readonly Conversation[]; kept: string; note: string; by?: string | undefined }, at: Date): ReconcileResult {
  const [one] = input.versions;
  if (!one || input.versions.length < 2) return { ok: false, errors: { _: 'Er is hier niets om te kiezen.' } };
  if (!input.versions.some((c) => c.recordedAt === input.kept)) return { ok: false, errors: { kept: 'Kies welk gesprek geldt.' } };
  if (!input.note.trim()) return { ok: false, errors: { note: 'Schrijf op waarom dit gesprek geldt.' } };
  const decision = {
    at: at.toISOString(),
    stepId: one.stepId,
    round: one.round,
    versions: input.versions.map((c) => c.recordedAt),
    kept: input.kept,
    note: input.note.trim(),
    ...(input.by ? { by: input.by } : {}),
  };
  const reconciliations = [...(zaak.reconciliations ?? []), decision];
  const next: Zaak = { ...zaak, reconciliations, updatedAt: at.toISOString(), rev: zaak.rev + 1 };
  return { ok: true, zaak: { ...next, members: one.stepId === 'stap1' ? membersThatStand(next.conversations, reconciliations, zaak.members) : zaak.members } };
}
