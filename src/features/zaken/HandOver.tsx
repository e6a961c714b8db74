import { useState } from 'preact/hooks';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import type { Zaak } from '../../domain/case/zaak';
import { handOverZaak } from '../../domain/case/zaak-events';
import { clock } from '../../domain/clock';
import { activeStaff, possibleLeads } from '../../domain/staff';
import { NamedSelect } from '../../ui/NamedSelect';
import { requireKey } from '../session/lock-store';
import { useUser } from '../session/user-store';
import { commitZaak } from './zaak-actions';

/** Passes the lead to another leerkracht or IVP: when a colleague leaves, is ill, or the IVP takes over. */
export function HandOver({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const by = useUser((s) => s.staffId) ?? undefined;
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = possibleLeads(data.staff).filter((s) => s.id !== zaak.leadStaffId);
  const leadGone = !activeStaff(data.staff).some((s) => s.id === zaak.leadStaffId);

  async function handOver() {
    const member = candidates.find((s) => s.id === to);
    const toRole: Zaak['leadRole'] = member?.roles.includes('leerkracht') ? 'leerkracht' : 'ivp';
    try {
      const result = await commitZaak(requireKey(), handOverZaak(zaak, { to, toRole, ...(by ? { by } : {}) }, clock.now()));
      if (!result.ok) setError(Object.values(result.errors)[0] ?? null);
    } catch (e) {
      setError(dutchMessage(e));
    }
  }

  return (
    <details class="card no-print" open={leadGone}>
      <summary>Leiding overdragen</summary>
      {leadGone && <p class="notice notice--warning">Wie deze zaak leidde, werkt niet meer op school. Kies wie de zaak overneemt.</p>}
      <NamedSelect id="handover-to" label="Nieuwe leiding" options={candidates} empty="Kies…" value={to} onChange={setTo} error={error ?? undefined} />
      <button type="button" class="button" onClick={() => void handOver()}>
        Leiding overdragen
      </button>
    </details>
  );
}
