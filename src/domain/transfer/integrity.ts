import { mayHold } from '../case/flow';
import { zaakDateProblems } from '../case/held-on';
import type { Zaak } from '../case/zaak';
import type { Records, RecordTable } from './archive';
import { recordTables } from './archive';

/**
 * What a record's own schema cannot see: whether a file's records hang together and fit the store
 * they join. Every id once per table; every reference resolves (in the file or on this tablet);
 * every zaak's conversations in an order the protocol allows. A file that fails any of this is
 * refused whole, with the first problems in Dutch: a half-fitting record would break a screen,
 * a child's timeline or the parents' copy later, where nobody can repair it.
 */

const LISTED = 3;

const tableNames: Record<RecordTable, string> = {
  groups: 'groepen',
  pupils: 'leerlingen',
  staff: 'medewerkers',
  meldingen: 'meldingen',
  zaken: 'zaken',
  incidents: 'pleinincidenten',
  prevention: 'preventie',
};

export function archiveProblems(file: Records, local: Records, today?: string): string[] {
  const problems: string[] = [];

  for (const table of recordTables) {
    const seen = new Set<string>();
    for (const record of (file[table] ?? []) as { id: string }[]) {
      if (seen.has(record.id)) problems.push(`Bij ${tableNames[table]} staat hetzelfde id twee keer (${record.id}).`);
      seen.add(record.id);
    }
  }

  const known = (table: RecordTable) => new Set([...((file[table] ?? []) as { id: string }[]), ...((local[table] ?? []) as { id: string }[])].map((r) => r.id));
  const groups = known('groups');
  const pupils = known('pupils');
  const staff = known('staff');
  const meldingen = known('meldingen');
  const missing = (what: string, id: string, where: string) => problems.push(`${where} verwijst naar ${what} die er niet is (${id}).`);

  for (const p of file.pupils) if (!groups.has(p.groupId)) missing('een groep', p.groupId, 'Een leerling');
  for (const m of file.meldingen) for (const id of m.pupilIds) if (!pupils.has(id)) missing('een leerling', id, 'Een melding');
  for (const i of file.incidents) for (const p of i.involved) if (!pupils.has(p.pupilId)) missing('een leerling', p.pupilId, 'Een pleinincident');
  for (const z of file.zaken) {
    if (!pupils.has(z.bulliedPupilId)) missing('een leerling', z.bulliedPupilId, 'Een zaak');
    if (!meldingen.has(z.meldingId)) missing('een melding', z.meldingId, 'Een zaak');
    if (!staff.has(z.leadStaffId)) missing('een medewerker', z.leadStaffId, 'Een zaak');
    for (const m of z.members) if (!pupils.has(m.pupilId)) missing('een leerling', m.pupilId, 'De supportgroep van een zaak');
    for (const c of z.conversations) {
      if (c.recordedBy && !staff.has(c.recordedBy)) missing('een medewerker', c.recordedBy, 'Een gesprek');
      for (const m of c.members ?? []) if (!pupils.has(m.pupilId)) missing('een leerling', m.pupilId, 'Een gesprek');
    }
    const order = conversationOrderProblem(z);
    if (order) problems.push(order);
    // A day that cannot be right (after today, before what it follows) is refused here as when typed.
    if (today) for (const { problem } of zaakDateProblems(z, today)) problems.push(`Een zaak heeft een gesprek met een datum die niet kan: ${problem}`);
  }
  return problems;
}

/** The conversations replayed from the start: each must be one the protocol allows at that point. */
function conversationOrderProblem(zaak: Zaak): string | null {
  let replay: Zaak = { ...zaak, status: 'open', conversations: [], members: [] };
  const inOrder = [...zaak.conversations].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  for (const c of inOrder) {
    if (!mayHold(replay, c.stepId, c.round, c.pupilId)) return `Een zaak heeft een gesprek (${c.stepId}, ronde ${c.round}) op een plek waar het protocol dat niet toelaat.`;
    replay = {
      ...replay,
      conversations: [...replay.conversations, c],
      members: c.stepId === 'stap1' && c.outcome === 'pesten' ? (c.members ?? []) : replay.members,
    };
  }
  return null;
}

/** The first few problems as one Dutch message, or null when the file fits. */
export function archiveProblemMessage(problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  const more = problems.length > LISTED ? ` En nog ${problems.length - LISTED} andere.` : '';
  return `Dit bestand klopt niet met zichzelf of met deze tablet: ${problems.slice(0, LISTED).join(' ')}${more} Er is niets ingelezen.`;
}
