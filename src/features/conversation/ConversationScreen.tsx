import { useMemo, useState } from 'preact/hooks';
import { draftStorage } from '../../data/drafts';
import { dutchMessage } from '../../data/errors';
import type { SchoolData } from '../../data/school-data';
import { definitionRound } from '../../domain/case/conversation-rules';
import { nextConversations } from '../../domain/case/flow';
import { conversationStepIds, type ConversationStepId } from '../../domain/case/zaak';
import { formatDay } from '../../domain/dates';
import { conversationBlockedReason, finishConversation } from '../../domain/case/zaak-events';
import { clock } from '../../domain/clock';
import { stepById } from '../../domain/protocol';
import { protocolOfZaak } from '../../domain/protocol/school-protocol';
import { useFieldErrors } from '../../ui/use-field-errors';
import { DraftStatusLine } from '../../ui/DraftStatusLine';
import { errorCountText, focusFirstError } from '../../ui/focus-first-error';
import { TextField } from '../../ui/TextField';
import { href, navigate } from '../../ui/routes';
import { useAutosavedForm } from '../../ui/use-autosaved-form';
import { requireKey } from '../session/lock-store';
import { isSealed, sealConversation, unseal, useSeal } from '../session/seal-store';
import { LeaveGespreksmodus } from './LeaveGespreksmodus';
import { useUser } from '../session/user-store';
import { commitZaak } from '../zaken/zaak-actions';
import { conversationTitle, pupilWithGroup } from '../zaken/zaak-names';
import { ActionReview, DecisionField } from './ActionReview';
import { ActionsEditor } from './ActionsEditor';
import { AttendeesField, ExtraEvaluationFields } from './ExtraFields';
import { Checklist, PromptFields } from './PromptFields';
import { SupportGroupComposer } from './SupportGroupComposer';
import { conversationDraftId, initialDraft, toConversation, type ConversationDraft } from './conversation-draft';

interface Props {
  data: SchoolData;
  id: string;
  stepId: string;
  round: number;
  /** Extra stap: the child who keeps bullying. */
  pupilId?: string;
}

/** A calm, full-screen conversation view, rendered from the protocol definition of its step. */
export function ConversationScreen({ data, id, stepId: rawStepId, round, pupilId }: Props) {
  const zaak = data.zaken.find((z) => z.id === id);
  const stepId = (conversationStepIds as readonly string[]).includes(rawStepId) ? (rawStepId as ConversationStepId) : null;
  if (!zaak || !stepId)
    return (
      <>
        <h1>Gesprek niet gevonden</h1>
        <p>
          <a href={href({ name: 'zaken' })}>Naar alle zaken</a>
        </p>
      </>
    );
  const blocked = conversationBlockedReason(protocolOfZaak(zaak), zaak, stepId, round, pupilId);
  if (blocked)
    return (
      <>
        <h1>{conversationTitle(stepId, round)}</h1>
        <p role="alert" class="notice notice--error">
          {blocked}
        </p>
        <p>
          <a href={href({ name: 'zaak', id })}>Terug naar de zaak</a>
        </p>
      </>
    );
  return <Conversation data={data} zaakId={id} stepId={stepId} round={round} pupilId={stepId === 'extra' ? pupilId : undefined} />;
}

function Conversation({ data, zaakId, stepId, round, pupilId }: { data: SchoolData; zaakId: string; stepId: ConversationStepId; round: number; pupilId: string | undefined }) {
  const zaak = data.zaken.find((z) => z.id === zaakId)!;
  // The zaak's own protocol version: a change in settings applies to new zaken, not to this one.
  const protocol = protocolOfZaak(zaak);
  const step = stepById(protocol, stepId);
  const key = requireKey();
  const staffId = useUser((s) => s.staffId);
  const draftId = conversationDraftId(zaakId, stepId, round, pupilId);
  const initial = useMemo(() => initialDraft(zaak, stepId, clock.today(), round), [zaak.id, stepId, round]);
  const form = useAutosavedForm<ConversationDraft>(draftStorage(key, draftId), initial);
  const groupView = isSealed(useSeal((s) => s.seal), zaakId, stepId, round);
  const { errors, setErrors, fixed } = useFieldErrors();
  const [busy, setBusy] = useState(false);
  const { values } = form;
  // A changed answer drops its own error at once (answers and checklist items by their own id).
  const setValues: typeof form.setValues = (change) => {
    form.setValues(change);
    fixed(Object.keys(change));
  };
  const defRound = definitionRound(stepId, round);
  const prompts = step.prompts.filter((p) => (p.round ?? 1) === defRound);
  const checklist = step.checklist.filter((c) => (c.round ?? 1) === defRound);
  const bulliedFirstName = data.pupils.find((p) => p.id === zaak.bulliedPupilId)?.firstName ?? '…';

  async function onFinish() {
    setBusy(true);
    try {
      await form.flush();
      const conversation = toConversation(form.current(), stepId, round, staffId, clock.now(), pupilId);
      const result = await commitZaak(key, finishConversation(protocol, zaak, conversation, clock.now()), draftId);
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstError();
        return;
      }
      form.reset();
      navigate({ name: 'zaak', id: zaakId });
    } catch (error) {
      setErrors({ _: dutchMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  if (form.status.kind === 'loading') return <p class="loading">Gesprek ophalen…</p>;

  // An evaluation is meant a week on: holding it before its day is a choice, asked once.
  const plannedOn = nextConversations(zaak).find((n) => n.stepId === stepId && n.round === round && n.pupilId === pupilId)?.dueOn;
  if (plannedOn && plannedOn > clock.today() && !values.earlyConfirmed && !groupView)
    return (
      <>
        <p>
          <a href={href({ name: 'zaak', id: zaakId })}>← Terug naar de zaak</a>
        </p>
        <h1>{conversationTitle(stepId, round)}</h1>
        <div class="notice notice--warning">
          <p>
            Dit gesprek staat gepland op {formatDay(plannedOn)}. Het protocol evalueert na een week, zodat de afspraken tijd krijgen. Wilt u het toch nu
            houden?
          </p>
          <div class="actions">
            <button type="button" class="button button--primary" onClick={() => setValues({ earlyConfirmed: true })}>
              Ja, nu houden
            </button>
            <a class="button" href={href({ name: 'zaak', id: zaakId })}>
              Nee, terug naar de zaak
            </a>
          </div>
        </div>
      </>
    );

  // What the children see: the step's open questions and their own actions; no role, no private
  // question, no link. Only the lead's deliberate hold-and-confirm leaves it.
  if (groupView)
    return (
      <div class="gespreksmodus" data-testid="gespreksmodus">
        <h1>{stepId === 'stap4' ? 'Hoe gaat het nu?' : stepId === 'stap2' ? 'Samen helpen' : step.title}</h1>
        {(stepId === 'stap2' || stepId === 'stap4') &&
          prompts
            .filter((p) => !p.private)
            .map((p) => (
              <p key={p.id} class="lead">
                {p.text.replace('…', bulliedFirstName)}
              </p>
            ))}
        {stepId === 'stap4' && <ActionReview data={data} actions={values.actions} onChange={(actions) => setValues({ actions })} error={errors.actions} />}
        {stepId === 'stap2' && <ActionsEditor data={data} zaak={zaak} actions={values.actions} onChange={(actions) => setValues({ actions })} error={errors.actions} />}
        {/* A step the school marked as seen by children: its open questions, never a private one. */}
        {stepId !== 'stap2' && stepId !== 'stap4' && (
          <PromptFields
            prompts={prompts.filter((p) => !p.private).map((p) => ({ ...p, text: p.text.replace('…', bulliedFirstName) }))}
            answers={values.answers}
            errors={errors}
            onAnswer={(promptId, value) => (setValues({ answers: { ...values.answers, [promptId]: value } }), fixed([promptId]))}
          />
        )}
        <div class="actions gespreksmodus__leave">
          <LeaveGespreksmodus
            leadStaffId={zaak.leadStaffId}
            onLeave={() => {
              // Back to this conversation's own screen, whatever was typed in the address meanwhile.
              navigate({ name: 'gesprek', id: zaakId, stepId, round });
              unseal();
            }}
          />
        </div>
      </div>
    );

  const answer = (promptId: string, value: string | number | boolean) => {
    setValues({ answers: { ...values.answers, [promptId]: value } });
    fixed([promptId]);
  };
  const errorCount = Object.keys(errors).length;
  return (
    <form class="form" onSubmit={(e) => e.preventDefault()} noValidate>
      <p>
        <a href={href({ name: 'zaak', id: zaakId })}>← Terug naar de zaak</a>
      </p>
      <h1>{conversationTitle(stepId, round)}</h1>
      {pupilId && (
        <p class="lead">
          Over <strong>{pupilWithGroup(data, pupilId)}</strong>, die blijft pesten. De extra stap is per kind: eigen ouders, eigen plan, eigen consequentie.
        </p>
      )}
      <p class="lead">
        Zaak van {pupilWithGroup(data, zaak.bulliedPupilId)}. {step.purpose}
      </p>
      <p class="field__hint">Aanwezig: {step.roundParticipants?.[defRound - 1] ?? step.participants}.</p>
      {step.childrenLook && (
        <div class="notice">
          <p>
            {stepId === 'stap2' || stepId === 'stap4'
              ? 'Zit de groep erbij? Zet dan de gespreksmodus aan: de kinderen zien alleen de vragen en hun eigen acties, geen rollen en geen notities, en niets anders van Kring.'
              : 'Kijken kinderen mee? Zet dan de gespreksmodus aan: zij zien alleen de open vragen, geen notities, en niets anders van Kring.'}
          </p>
          {stepId === 'stap2' && (
            <ul>
              {prompts
                .filter((p) => !p.private)
                .map((p) => (
                  <li key={p.id}>{p.text.replace('…', bulliedFirstName)}</li>
                ))}
            </ul>
          )}
          <button type="button" class="button button--primary" onClick={() => sealConversation({ zaakId, stepId, round })}>
            Gespreksmodus starten (voor de groep)
          </button>
        </div>
      )}
      <DraftStatusLine status={form.status} onResolve={form.resolveConflict} />
      {errorCount > 0 && (
        <div role="alert" class="notice notice--error" data-error-summary>
          <p>Het gesprek is nog niet afgerond:</p>
          <ul>
            {Object.values(errors).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <TextField id="conversation-heldOn" label="Gehouden op" type="date" max={clock.today()} value={values.heldOn} onInput={(heldOn) => setValues({ heldOn })} error={errors.heldOn} />
      {stepId === 'extra' && defRound === 2 ? (
        <ExtraEvaluationFields
          prompts={prompts}
          answers={values.answers}
          nextSteps={values.nextSteps ?? []}
          referralProviderId={values.referralProviderId}
          network={protocol.socialNetwork}
          errors={errors}
          onAnswer={answer}
          onNextSteps={(nextSteps) => setValues({ nextSteps })}
          onReferral={(referralProviderId) => setValues({ referralProviderId })}
          sameTalkWith={(() => {
            const other = zaak.conversations.find((c) => c.stepId === 'extra' && c.round % 2 === 0 && c.pupilId !== pupilId && c.heldOn === values.heldOn && c.answers.gevoel === values.answers.gevoel);
            return other?.pupilId ? pupilWithGroup(data, other.pupilId) : undefined;
          })()}
        />
      ) : (
        <PromptFields prompts={stepId === 'stap2' ? prompts.filter((p) => p.private) : prompts} answers={values.answers} errors={errors} onAnswer={answer} />
      )}
      {stepId === 'stap1' && (
        <>
          <fieldset class="field">
            <legend>Conclusie van dit gesprek</legend>
            <div class="choices">
              <label class="choice">
                <input type="radio" name="outcome" checked={values.outcome === 'pesten'} onChange={() => setValues({ outcome: 'pesten' })} />
                <span>Het gaat om pesten</span>
              </label>
              <label class="choice">
                <input type="radio" name="outcome" checked={values.outcome === 'incident'} onChange={() => setValues({ outcome: 'incident' })} />
                <span>Geen pesten maar een incident</span>
              </label>
            </div>
          </fieldset>
          {values.outcome === 'incident' ? (
            <TextField id="conversation-followUp" label="Welk passend vervolg kiest u?" multiline value={values.followUp} onInput={(followUp) => setValues({ followUp })} error={errors.followUp} />
          ) : (
            <SupportGroupComposer
              data={data}
              zaak={zaak}
              roles={protocol.roles}
              members={values.members}
              onChange={(members) => setValues({ members })}
              bulliesUnknown={values.bulliesUnknown}
              onBulliesUnknown={(bulliesUnknown) => setValues({ bulliesUnknown })}
              error={errors.members}
            />
          )}
        </>
      )}
      {stepId === 'stap2' && <ActionsEditor data={data} zaak={zaak} actions={values.actions} onChange={(actions) => setValues({ actions })} error={errors.actions} />}
      {stepId === 'stap4' && (
        <>
          <ActionReview data={data} actions={values.actions} onChange={(actions) => setValues({ actions })} error={errors.actions} />
          <DecisionField round={round} value={values.decision} onChange={(decision) => setValues({ decision })} error={errors.decision} />
        </>
      )}
      {stepId === 'extra' && defRound === 1 && <AttendeesField value={values.attendees} note={values.attendeesNote ?? ''} onChange={(attendees) => setValues({ attendees })} onNote={(attendeesNote) => setValues({ attendeesNote })} error={errors.attendees} />}
      {!(stepId === 'stap1' && values.outcome === 'incident') && (
        <Checklist items={checklist} zaak={zaak} checked={values.checklist} errors={errors} onCheck={(itemId, v) => (setValues({ checklist: { ...values.checklist, [itemId]: v } }), fixed([`checklist:${itemId}`]))} />
      )}
      <div class="actions">
        <button type="button" class="button button--primary button--big" disabled={busy} onClick={() => void onFinish()}>
          {busy ? 'Bezig met opslaan…' : 'Gesprek afronden'}
        </button>
        {errorCount > 0 && <p class="field__error">{errorCountText(errorCount)}</p>}
      </div>
    </form>
  );
}
