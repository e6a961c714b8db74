import { WrongKeyError } from '../../data/crypto/cipher';
import { dutchMessage } from '../../data/errors';
import { TooSoonError } from './too-soon';

/** What to say when a passphrase typed as proof (not to unlock) failed: `wrong` when it opens nothing allowed. */
export function proofErrorText(error: unknown, wrong: string): string {
  if (error instanceof WrongKeyError) return wrong;
  if (error instanceof TooSoonError) return `Te veel verkeerde pogingen. Probeer het over ${Math.ceil(error.waitMs / 1000)} seconden opnieuw.`;
  return dutchMessage(error);
}
