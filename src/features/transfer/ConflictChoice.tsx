import type { SchoolData } from '../../data/school-data';
import type { Conflict } from '../../domain/transfer/merge';
import { formatMoment } from '../../domain/dates';

/** One record that differs: this tablet's version and the file's, side by side; the user chooses. */
export function ConflictChoice({ conflict, choice, onChoose }: { data: SchoolData; conflict: Conflict; choice: 'local' | 'incoming' | undefined; onChoose: (c: 'local' | 'incoming') => void }) {
  const describe = (record: Conflict['local']): string => {
    const r = record as Record<string, unknown>;
    const name = [r.firstName, r.lastName].filter(Boolean).join(' ') || (r.name as string | undefined) || (r.description as string | undefined) || r.id;
    const when = typeof r.updatedAt === 'string' ? ` · gewijzigd ${formatMoment(r.updatedAt)}` : '';
    const conversations = Array.isArray(r.conversations) ? ` · ${r.conversations.length} gesprekken` : '';
    return `${String(name)}${conversations}${when}`;
  };
  const name = `conflict-${conflict.table}-${conflict.id}`;
  return (
    <fieldset class="field conflict">
      <legend>Verschil bij {conflict.table === 'pupils' ? 'een leerling' : conflict.table === 'zaken' ? 'een zaak' : 'een gegeven'}</legend>
      <div class="choices choices--two">
        <label class="choice">
          <input type="radio" name={name} checked={choice === 'local'} onChange={() => onChoose('local')} />
          <span>
            <strong>Deze tablet:</strong> {describe(conflict.local)}
          </span>
        </label>
        <label class="choice">
          <input type="radio" name={name} checked={choice === 'incoming'} onChange={() => onChoose('incoming')} />
          <span>
            <strong>Uit het bestand:</strong> {describe(conflict.incoming)}
          </span>
        </label>
      </div>
    </fieldset>
  );
}
