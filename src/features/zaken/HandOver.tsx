import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { handOverZaak } from '../../domain/case/zaak-events';
import type { Zaak } from '../../domain/case/zaak';
import { activeStaff } from '../../domain/staff';
import { requireKey, useSession } from '../lock/session-store';
import { commitZaak } from './zaak-actions';

/** Passes the lead to another leerkracht or IVP: when a colleague leaves, is ill, or the IVP takes over. */
export function HandOver({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const by = useSession((s) => s.staffId) ?? undefined;
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = activeStaff(data.staff).filter((s) => s.id !== zaak.leadStaffId && (s.roles.includes('leerkracht') || s.roles.includes('ivp')));
  const leadGone = !activeStaff(data.staff).some((s) => s.id === zaak.leadStaffId);

  async function handOver() {
    const member = candidates.find((s) => s.id === to);
    const toRole: Zaak['leadRole'] = member?.roles.includes('leerkracht') ? 'leerkracht' : 'ivp';
    try {
      const result = await commitZaak(requireKey(), handOverZaak(zaak, { to, toRole, ...(by ? { by } : {}) }, new Date()));
      if (!result.ok) setError(Object.values(result.errors)[0] ?? null);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <details class="card no-print" open={leadGone}>
      <summary>Leiding overdragen</summary>
      {leadGone && <p class="notice notice--warning">Wie deze zaak leidde, werkt niet meer op school. Kies wie de zaak overneemt.</p>}
      <div class={`field${error ? ' field--invalid' : ''}`}>
        <label for="handover-to">Nieuwe leiding</label>
        <select id="handover-to" value={to} onChange={(e) => setTo(e.currentTarget.value)} aria-describedby={error ? 'handover-error' : undefined}>
          <option value="">Kies…</option>
          {candidates.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {error && (
          <p id="handover-error" class="field__error">
            {error}
          </p>
        )}
      </div>
      <button type="button" class="button" onClick={() => void handOver()}>
        Leiding overdragen
      </button>
    </details>
  );
}
