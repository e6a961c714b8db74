import { WrongKeyError } from './crypto/cipher';

/** An error whose message is already fit for a teacher to read. */
export class KringError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KringError';
  }
}

export const messages = {
  quota:
    'De opslag van dit apparaat is vol. Er is niets opgeslagen. Maak ruimte vrij (bijvoorbeeld oude foto’s of apps) en probeer het opnieuw.',
  newerData:
    'De gegevens op dit apparaat zijn van een nieuwere versie van Kring. Herlaad de pagina om die versie te laden.',
  upgradedElsewhere:
    'Kring is in een ander tabblad bijgewerkt. Herlaad deze pagina om verder te gaan; wat al is opgeslagen blijft bewaard.',
  upgradeBlocked:
    'Kring wordt bijgewerkt, maar een ander tabblad met Kring staat nog open. Sluit dat tabblad; er gaat niets verloren.',
  wrongSecret: 'Dit wachtwoord of deze herstelsleutel klopt niet. Er is niets gewijzigd.',
  unknown: 'Er ging iets mis bij het opslaan. Er is niets gewijzigd. Probeer het opnieuw.',
  invalid: 'Deze gegevens kloppen niet en zijn niet opgeslagen.',
  alreadySetUp: 'Op dit apparaat is Kring al ingesteld voor een school. Herlaad de pagina om te ontgrendelen.',
  rotationRunning: 'De sleutel wordt al vernieuwd. Vergrendel Kring en open het opnieuw: dan maakt Kring het af.',
  noRotation: 'Er wordt geen sleutel vernieuwd.',
  notSchoolPassphrase: 'Dit is niet het wachtwoord van de school. Er is niets gewijzigd.',
  noSchool: 'De gegevens van de school ontbreken op dit apparaat. Zet een reservekopie terug of begin opnieuw via "Alle gegevens wissen".',
} as const;

function errorName(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const e = error as { name?: string; inner?: { name?: string } };
  // Dexie wraps the DOMException; the original name is on `inner`.
  return e.inner?.name ?? e.name ?? '';
}

export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'QuotaExceededError' || (error as { name?: string })?.name === 'QuotaExceededError';
}

/** The Dutch sentence to show for any error that reaches a screen. */
export function dutchMessage(error: unknown): string {
  if (error instanceof KringError) return error.message;
  if (error instanceof WrongKeyError) return messages.wrongSecret;
  if (isQuotaError(error)) return messages.quota;
  const name = errorName(error);
  if (name === 'VersionError') return messages.newerData;
  if (name === 'ZodError' || name === '$ZodError') {
    const first = (error as { issues?: { message?: string }[] }).issues?.[0]?.message;
    return first ? `${messages.invalid} ${first}` : messages.invalid;
  }
  return messages.unknown;
}
