import type { SchoolData } from '../../data/school-data';
import type { Zaak } from '../../domain/case/zaak';
import { dossierConversations } from './dossier-content';
import { CorrectConversation } from './CorrectConversation';
import type { DossierLine } from '../../domain/case/dossier';
import { formatMoment } from '../../domain/dates';

/** Under a corrected line: that it was corrected, when, by whom, what it said first, and why. */
function CorrectionNote({ correction: k }: { correction: NonNullable<DossierLine['corrections']>[number] }) {
  return (
    <span class="correction-note">
      Gecorrigeerd op {formatMoment(k.at)}
      {k.by && ` door ${k.by}`}. Eerst stond er: “{k.was}”
      <br />
      Reden: {k.reason}
    </span>
  );
}

/** What was said and decided in every conversation, on screen and in the printed dossier. */
export function DossierSection({ data, zaak }: { data: SchoolData; zaak: Zaak }) {
  const conversations = dossierConversations(data, zaak);
  return (
    <section aria-labelledby="zaak-dossier" class="dossier">
      <h2 id="zaak-dossier">Verslag van de gesprekken</h2>
      {conversations.length === 0 && <p>Er is nog geen gesprek gehouden.</p>}
      {conversations.map((c, i) => (
        <section key={i} class="section-card dossier__conversation" aria-labelledby={`dossier-${i}`}>
          <h3 id={`dossier-${i}`}>{c.title}</h3>
          <p class="field__hint">
            Gehouden op {c.heldOn}
            {c.recordedBy && `, vastgelegd door ${c.recordedBy}`}
          </p>
          {c.heldOnCorrections?.map((k) => <CorrectionNote key={k.at} correction={k} />)}
          <dl class="dossier__lines">
            {c.lines.map((line, j) => (
              <div key={j}>
                <dt>{line.label}</dt>
                <dd>
                  {line.text}
                  {line.corrections?.map((k) => <CorrectionNote key={k.at} correction={k} />)}
                </dd>
              </div>
            ))}
          </dl>
          <CorrectConversation data={data} zaak={zaak} held={zaak.conversations[i]!} index={i} />
        </section>
      ))}
    </section>
  );
}
