import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import type { NextConversation } from '../../domain/case/flow';
import type { Zaak } from '../../domain/case/zaak';
import { rescheduleConversation } from '../../domain/case/zaak-events';
import { clock } from '../../domain/clock';
import { formatDay } from '../../domain/dates';
import { TextField } from '../../ui/TextField';
import { useUser } from '../session/user-store';
import { requireKey } from '../session/lock-store';
import { commitZaak } from './zaak-actions';
import { conversationTitle, pupilWithGroup } from './zaak-names';

/** A sick day, a school trip: a planned conversation moves to another day, with the reason. */
export function Reschedule({ data, zaak, planned }: { data: SchoolData; zaak: Zaak; planned: NextConversation }) {
  const by = useUser((s) => s.staffId) ?? undefined;
  const [to, setTo] = useState(planned.dueOn ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = `reschedule-${planned.stepId}-${planned.round}-${planned.pupilId ?? ''}`;
  const what = `${planned.stepId === 'stap3' || planned.stepId === 'stap4' ? `${planned.round > 1 ? 'tweede evaluatie' : 'evaluatie'} (stap 3 en 4)` : conversationTitle(planned.stepId, planned.round)}${planned.pupilId ? ` over ${pupilWithGroup(data, planned.pupilId)}` : ''}`;

  async function move() {
    try {
      const result = await commitZaak(requireKey(), rescheduleConversation(zaak, { ...planned, to, reason, by }, clock.today(), clock.now()));
      setErrors(result.ok ? {} : result.errors);
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    }
  }

  return (
    <details class="card reschedule">
      <summary>
        Verzetten: {what}, gepland {formatDay(planned.dueOn!)}
      </summary>
      <TextField id={`${id}-to`} label="Nieuwe datum" type="date" value={to} onInput={setTo} error={errors.to} />
      <TextField id={`${id}-reason`} label="Waarom wordt het gesprek verzet?" value={reason} onInput={setReason} error={errors.reason ?? errors._} maxLength={500} />
      <button type="button" class="button" onClick={() => void move()}>
        Gesprek verzetten
      </button>
    </details>
  );
}
