import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { DEMO_PASSPHRASE } from '../../data/demo/demo-credentials';
import { clock } from '../../domain/clock';
import { checkNewPassphrase } from '../../domain/school';

/**
 * Length alone let "wachtwoord", "1234567890" and "aaaaaaaaaa" through. A passphrase that guards
 * children's data must stand up to guessing, so it is measured with zxcvbn-ts and its Dutch
 * dictionary (common words, first names, surnames) and the common password lists. The estimator is
 * a chunk of its own, loaded only on the screens that set a passphrase.
 */

/** Estimated guesses of at least 10^10 (zxcvbn's score 4): out of reach of guessing, with PBKDF2 on top. */
const STRONG_SCORE = 4;

/** The example the message gives: counted as known, so copying it is refused too. */
const EXAMPLE = 'paarse giraf eet zeven tulpen';

let estimator: Promise<ZxcvbnFactory> | undefined;

/** Starts loading the estimator (when a passphrase field gets the focus), so the check is instant. */
export function prepareStrengthCheck(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-nl-be')]).then(
    ([core, common, nl]) =>
      new core.ZxcvbnFactory({ dictionary: { ...common.dictionary, ...nl.dictionary }, graphs: common.adjacencyGraphs, translations: nl.translations }),
  );
  return estimator;
}

/**
 * What is wrong with a new passphrase, in Dutch, or undefined when it is strong enough. `known`:
 * words anyone near the school could try first (its name, Kring, the person's name).
 */
export async function passphraseWeakness(passphrase: string, known: readonly string[], now = clock.now()): Promise<string | undefined> {
  const zxcvbn = await prepareStrengthCheck();
  const year = now.getFullYear();
  // Whole (the school's full name, the example as given) and word by word; years around now too.
  const phrases = [...known, 'kring', 'pestprotocol', 'school', 'basisschool', 'juf', 'meester', 'demo', 'vlinder', DEMO_PASSPHRASE, EXAMPLE, ...[year - 1, year, year + 1].map(String)].map((k) => k.toLocaleLowerCase('nl'));
  const words = [...new Set([...phrases, ...phrases.flatMap((k) => k.split(/[\s\-_.,]+/))])].filter((w) => w.length > 1);
  const letters = (text: string) => text.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, '');
  if (letters(passphrase) === letters(EXAMPLE)) return `Dit is het voorbeeld uit Kring. ${ADVICE}`;
  if (letters(passphrase) === letters(DEMO_PASSPHRASE)) return `Dit is het wachtwoord van de demo-school, dat iedereen kan zien. ${ADVICE}`;
  // Nothing left once the school's own words, Kring's words and the year are taken out: guessed first.
  const rest = words.sort((a, b) => b.length - a.length).reduce((text, w) => text.split(letters(w)).join(''), letters(passphrase));
  const withoutDigits = (text: string) => text.replace(/\p{N}/gu, '');
  if (withoutDigits(letters(passphrase)).length >= 4 && withoutDigits(rest).length < 4) return `Dit wachtwoord bestaat uit de naam van de school, een jaartal of woorden uit Kring. ${ADVICE}`;
  const result = zxcvbn.check(passphrase, words);
  // zxcvbn keeps the last password it scored in a module-wide object, for the life of the page: it
  // scores nothing next, so the passphrase is not left in memory after the lock.
  zxcvbn.check('');
  if (result.score >= STRONG_SCORE) return undefined;
  return `Dit wachtwoord is te makkelijk te raden.${reason(result.feedback.warning)} ${ADVICE}`;
}

/**
 * Every rule for a new passphrase in one place, for every screen that sets one: its length and the
 * repeat first (no estimator needed), then its strength.
 */
export async function newPassphraseProblems(passphrase: string, repeat: string, known: readonly string[]): Promise<{ passphrase?: string; repeat?: string }> {
  const basic = checkNewPassphrase(passphrase, repeat);
  if (basic.passphrase || basic.repeat) return basic;
  const weak = await passphraseWeakness(passphrase, known);
  return weak ? { passphrase: weak } : {};
}

const ADVICE = 'Kies een eigen zin van vier of meer woorden die niet bij elkaar horen en niet over de school gaan.';

/** zxcvbn's warning as a teacher reads it; its generic wording ("website gerelateerde woorden") does not fit Kring. */
function reason(warning: string | null | undefined): string {
  if (!warning) return '';
  if (/website|persoonlijk/i.test(warning)) return ' Het lijkt op de naam van de school of op woorden uit Kring.';
  if (/abc|herhal/i.test(warning)) return ' Herhalingen zijn makkelijk te raden.';
  if (/veel gebruikt|top|veelgebruikt/i.test(warning)) return ' Het is een veelgebruikt wachtwoord.';
  return ` ${warning}`;
}
