/**
 * The forms of a new record, whose drafts are kept per person (personalDraftId): a melding, a
 * playground incident and a note from the blue mailbox. Names only, so the staff chooser can adopt
 * old drafts without loading those screens.
 */
export const NEW_MELDING_DRAFT = 'melding:nieuw';
export const QUICK_LOG_DRAFT = 'pleinincident';
export const MAILBOX_DRAFT = 'brievenbus:nieuw';
export const PERSONAL_DRAFT_FORMS = [NEW_MELDING_DRAFT, QUICK_LOG_DRAFT, MAILBOX_DRAFT] as const;
