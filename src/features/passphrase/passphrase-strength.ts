import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

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
export async function passphraseWeakness(passphrase: string, known: readonly string[]): Promise<string | undefined> {
  const zxcvbn = await prepareStrengthCheck();
  // Whole (the school's full name, the example as given) and word by word.
  const phrases = [...known, 'kring', 'pestprotocol', 'school', 'basisschool', 'juf', 'meester', EXAMPLE].map((k) => k.toLocaleLowerCase('nl'));
  const words = [...phrases, ...phrases.flatMap((k) => k.split(/[\s\-_.,]+/))].filter((w) => w.length > 1);
  const result = zxcvbn.check(passphrase, words);
  if (result.score >= STRONG_SCORE) return undefined;
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : '';
  return `Dit wachtwoord is te makkelijk te raden.${why} Kies een zin van vier of meer woorden die niet bij elkaar horen en niet over de school gaan, zoals “${EXAMPLE}” (maar dan een eigen zin).`;
}
