import { useEffect, useRef, useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import { savePreventionRecord } from '../../data/prevention';
import type { SchoolData } from '../../data/school-data';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';
import { preventionRecordSchema, type PreventionRecord } from '../../domain/prevention/year-plan';
import type { PreventionActivity } from '../../domain/protocol';
import { TextField } from '../../ui/TextField';
import { registerOpenForm } from '../../ui/draft-registry';
import { requireKey } from '../session/lock-store';
import { putRecords } from '../session/school-store';

const NOTE_SAVE_DELAY_MS = 400;

/**
 * One activity of the year plan. Done, it shows its date and a note, which are written as they are
 * typed (the record is its own draft), so a class visit's notes are never lost.
 */
export function PreventionItem({ data, activity, record, onToggle }: { data: SchoolData; activity: PreventionActivity; record: PreventionRecord | undefined; onToggle: (done: boolean) => void }) {
  const [note, setNote] = useState(record?.note ?? '');
  const [doneOn, setDoneOn] = useState(record?.doneOn ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<PreventionRecord | null>(null);
  const by = data.staff.find((s) => s.id === record?.by)?.name;
  const fieldId = `prevention-${activity.id}`;

  useEffect(() => {
    setNote(record?.note ?? '');
    setDoneOn(record?.doneOn ?? '');
  }, [record?.id]);

  async function write(next: PreventionRecord) {
    window.clearTimeout(timer.current);
    pending.current = null;
    const parsed = preventionRecordSchema.safeParse(next);
    if (!parsed.success) return setMessage({ error: true, text: parsed.error.issues[0]?.message ?? 'Dit klopt niet.' });
    try {
      await savePreventionRecord(requireKey(), parsed.data);
      putRecords('prevention', [parsed.data]);
      // Typed during the write: not stored yet, so not "Opgeslagen" yet.
      if (!pending.current) setMessage({ error: false, text: 'Opgeslagen.' });
    } catch (e) {
      setMessage({ error: true, text: dutchMessage(e) });
    }
  }

  function typeNote(value: string) {
    setNote(value);
    if (!record) return;
    pending.current = { ...record, note: value, doneOn };
    setMessage({ error: false, text: 'Wordt bewaard…' });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => pending.current && void write(pending.current), NOTE_SAVE_DELAY_MS);
  }

  // Leaving the screen, hiding the page or locking writes what is still waiting (the lock first
  // flushes every registered form, while the key is still there).
  useEffect(() => {
    const flush = async () => {
      if (pending.current) await write(pending.current);
    };
    const onHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    const unregister = registerOpenForm({ flush, hasInput: () => pending.current !== null });
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      unregister();
      void flush();
    };
  }, []);

  return (
    <li class="prevention-item">
      <label class="check">
        <input type="checkbox" checked={!!record} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <span>
          {activity.title} {activity.owner && <span class="field__hint">— {activity.owner}</span>}
          {activity.note && <span class="field__hint"> {activity.note}</span>}
          {record && (
            <span class="field__hint">
              {' '}
              (gedaan op {formatDay(record.doneOn)}
              {by && ` door ${by}`})
            </span>
          )}
        </span>
      </label>
      {record && (
        <div class="prevention-item__details">
          <TextField
            id={`${fieldId}-date`}
            label="Gedaan op"
            type="date"
            max={clock.today()}
            value={doneOn}
            onInput={(value) => {
              setDoneOn(value);
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) void write({ ...record, doneOn: value, note });
            }}
          />
          <TextField id={`${fieldId}-note`} label="Notitie" optional multiline value={note} onInput={typeNote} maxLength={1000} />
          {message && (
            <p role={message.error ? 'alert' : 'status'} class={message.error ? 'field__error' : 'field__hint'}>
              {message.text}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
