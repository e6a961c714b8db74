import { useMemo, useState } from 'preact/hooks';
import { draftStorage } from '../../../data/drafts';
import { dutchMessage } from '../../../data/errors';
import type { SchoolData } from '../../../data/school-data';
import { saveSchool } from '../../../data/school-settings';
import { clock } from '../../../domain/clock';
import { formatMoment } from '../../../domain/dates';
import { jpsProtocol } from '../../../domain/protocol';
import { changesFrom, hasChanges, nextVersion, resetVersion } from '../../../domain/protocol/customization';
import { currentProtocol, currentProtocolVersion } from '../../../domain/protocol/school-protocol';
import { DraftStatusLine } from '../../../ui/DraftStatusLine';
import { Outcome } from '../../../ui/Outcome';
import { useAutosavedForm } from '../../../ui/use-autosaved-form';
import { requireKey } from '../../session/lock-store';
import { setSchool } from '../../session/school-store';
import { useUser } from '../../session/user-store';
import { BackToSettings } from '../BackToSettings';
import { NetworkEditor } from './NetworkEditor';
import { PreventionPlanEditor } from './PreventionPlanEditor';
import { PromptsEditor } from './PromptsEditor';
import { RolesEditor } from './RolesEditor';
import { TemplatesEditor } from './TemplatesEditor';
import { toDefinition, toForm } from './protocol-form';

export const PROTOCOL_DRAFT = 'instellingen:protocol';

/** The school's own protocol: a fresh editor for each saved version, so a save or reset starts clean. */
export function ProtocolScreen({ data }: { data: SchoolData }) {
  const [status, setStatus] = useState<string | null>(null);
  const version = currentProtocolVersion(data.school) ?? 0;
  return (
    <>
      <BackToSettings />
      <h1>Het protocol van de school</h1>
      <p>
        Kring volgt standaard het pestprotocol van Basisschool JPS. Hier past de school de gespreksvragen, de namen van de rollen, de Esis-teksten,
        het sociale netwerk en het jaarplan preventie aan. Een wijziging geldt voor zaken die daarna worden geopend; lopende zaken houden de versie waarmee ze begonnen.
      </p>
      <Outcome status={status} />
      <ProtocolEditor key={version} data={data} onSaved={setStatus} />
    </>
  );
}

function ProtocolEditor({ data, onSaved }: { data: SchoolData; onSaved: (message: string) => void }) {
  const key = requireKey();
  const staffId = useUser((s) => s.staffId) ?? undefined;
  const initial = useMemo(() => toForm(currentProtocol(data.school)), [data.school]);
  const form = useAutosavedForm(draftStorage(key, PROTOCOL_DRAFT), initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);
  const versions = data.school.protocolVersions ?? [];
  const customised = hasChanges(changesFrom(jpsProtocol, currentProtocol(data.school)));

  async function store(next: (typeof versions)[number], message: string) {
    const school = { ...data.school, protocolVersions: [...versions, next] };
    await saveSchool(key, school);
    await form.discard();
    setSchool(school);
    onSaved(message);
  }

  async function save() {
    const result = nextVersion(versions, changesFrom(jpsProtocol, toDefinition(jpsProtocol, form.current())), clock.now(), staffId);
    if (!result.ok) return setErrors(result.errors);
    try {
      await store(result.version, `Versie ${result.version.version} is opgeslagen (${formatMoment(result.version.savedAt)}). Zaken die vanaf nu worden geopend, volgen deze versie.`);
    } catch (e) {
      setErrors([dutchMessage(e)]);
    }
  }

  async function reset() {
    try {
      await store(resetVersion(versions, clock.now(), staffId), 'Het JPS-protocol geldt weer voor nieuwe zaken.');
    } catch (e) {
      setErrors([dutchMessage(e)]);
    }
  }

  const { values, setValues } = form;
  return (
    <form onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      <PromptsEditor base={jpsProtocol} form={values} onChange={(prompts) => setValues({ prompts })} onChildrenLook={(childrenLook) => setValues({ childrenLook })} />
      <RolesEditor base={jpsProtocol} form={values} onChange={(roles) => setValues({ roles })} />
      <TemplatesEditor value={values.templates} onChange={(templates) => setValues({ templates })} />
      <NetworkEditor value={values.network} onChange={(network) => setValues({ network })} />
      <PreventionPlanEditor value={values.plan} onChange={(plan) => setValues({ plan })} />
      {errors.length > 0 && (
        <ul role="alert" class="notice notice--error">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary">
          Opslaan voor nieuwe zaken
        </button>
        {customised && !confirmReset && (
          <button type="button" class="button" onClick={() => setConfirmReset(true)}>
            Terug naar het JPS-protocol
          </button>
        )}
      </div>
      {confirmReset && (
        <div class="notice">
          <p>Alle eigen teksten gelden dan niet meer voor nieuwe zaken. Lopende zaken houden hun versie.</p>
          <div class="actions">
            <button type="button" class="button button--danger" onClick={() => void reset()}>
              Ja, terug naar het JPS-protocol
            </button>
            <button type="button" class="button" onClick={() => setConfirmReset(false)}>
              Annuleren
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
