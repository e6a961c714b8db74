/** The shape of a school's pestprotocol: one typed definition drives screens, checklists, due dates and Esis. */

export type StepId = 'melding' | 'triage' | 'stap1' | 'stap2' | 'stap3' | 'stap4' | 'extra';

/** Who may lead a step, as the protocol names them. */
export type LeadRole = 'leerkracht' | 'ivp' | 'directeur' | 'ib';

export type PromptKind = 'text' | 'faceScale' | 'yesNo';

export interface Prompt {
  id: string;
  /** The question as the teacher reads it, in the protocol's own words where it has them. */
  text: string;
  kind: PromptKind;
  /** A short hint under the question. */
  hint?: string;
  /** Private prompts are never shown in gespreksmodus, the view the children see. */
  private?: boolean;
  /** For a step held in more than one conversation (the extra stap): the conversation that asks it. */
  round?: number;
  /**
   * Whose the answer is, for the parents' copy (AVG): the bullied child's, the child who keeps
   * bullying (the extra stap's plan, consequence, care), or the group's. Absent: the bullied child's.
   */
  concerns?: 'gepeste' | 'pester' | 'groep';
}

export interface ChecklistItem {
  id: string;
  text: string;
  /** A required item must be ticked before the step can be finished. */
  required: boolean;
  /** Only required when the condition holds, e.g. "a teacher leads". */
  requiredWhen?: 'leadIsLeerkracht';
  /** As for prompts: the conversation of the step this item belongs to. */
  round?: number;
  /**
   * A task that need not be done by the end of the conversation ("Ouders erbij betrokken"): it is
   * answered "gedaan" or "nog te doen", and an open one stays on the lead's agenda until done.
   */
  mayStayOpen?: boolean;
  /** How such a task reads while it is still to do ("Ouders erbij betrekken"); `text` is how it reads done. */
  todo?: string;
}

export interface ProtocolStep {
  id: StepId;
  /** 'Stap 1', 'Extra stap'… as the protocol numbers them. */
  label: string;
  title: string;
  /** Why the step exists, in one or two sentences for the person leading it. */
  purpose: string;
  leads: LeadRole[];
  /** Who sits at the table. */
  participants: string;
  /** For a step held in more than one conversation: who sits at the table in each, in order. */
  roundParticipants?: string[];
  prompts: Prompt[];
  checklist: ChecklistItem[];
  /** Days after the previous step finished that this step falls due; absent when it starts at once. */
  dueAfterDays?: number;
  /** Only run when the situation asks for it (the extra stap). */
  optional?: boolean;
  /** Titles of the step's conversations when it has more than one, in order. */
  rounds?: string[];
  /**
   * Held with children looking at the screen (the support group): it offers gespreksmodus, which
   * shows only what children may see and is left only by a deliberate step of the lead.
   */
  childrenLook?: boolean;
}

export type EsisDestination = 'incidenten-pesten' | 'dagboek';

/** A child's part in a case. The bullied child is not a member of the support group. */
export interface ParticipantRole {
  id: string;
  label: string;
  description: string;
  /** Whether this role is one of the support group's members. */
  supportGroupMember: boolean;
  esis: EsisDestination;
}

export interface EsisDestinationInfo {
  id: EsisDestination;
  label: string;
  /** Where to click in Esis, for a teacher who enters the note by hand. */
  path: string;
}

/**
 * The text a teacher enters in Esis for one child. Placeholders: {naam}, {start}, {melding}, {actie},
 * {stand}. Dagboek notes are neutral: they never name a role, and {actie} in them is never the
 * child's own words (those may name another child).
 */
export interface EsisTemplates {
  gepeste: string;
  pester: string;
  dagboek: string;
  /** Stap 1 concluded "geen pesten maar een incident": a neutral dagboek note, no pesten entry. */
  incident: string;
}

export interface NetworkProvider {
  id: string;
  kind: string;
  name: string;
  offers: string;
  /** Who to call or mail, as the school fills it in; the default ships none. */
  contact?: string | undefined;
}

export interface PreventionActivity {
  id: string;
  title: string;
  /** Months of the school year in which it falls due (1 = January). Empty: any time in the year. */
  months: number[];
  owner: string;
  note?: string;
}

export interface TriageCriterion {
  id: 'opzet' | 'herhaling' | 'macht';
  question: string;
  pesten: string;
  plagen: string;
}

export interface ProtocolDefinition {
  id: string;
  name: string;
  version: number;
  /** The protocol's motto, shown where a team needs reminding why. */
  motto: string;
  triageCriteria: TriageCriterion[];
  steps: ProtocolStep[];
  roles: ParticipantRole[];
  esisDestinations: EsisDestinationInfo[];
  esisTemplates: EsisTemplates;
  socialNetwork: NetworkProvider[];
  preventionPlan: PreventionActivity[];
}
