/** Recovery keys: 28 characters from an alphabet without look-alikes (no 0/O, 1/I/L), in groups of four. */

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ2345679';
const LENGTH = 28;

export function generateRecoveryKey(): string {
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(LENGTH * 2))) {
      if (byte < limit && chars.length < LENGTH) chars.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return formatRecoveryKey(chars.join(''));
}

/** Accepts what a person types: any case, with or without dashes and spaces. */
export function normalizeRecoveryKey(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function formatRecoveryKey(input: string): string {
  return (normalizeRecoveryKey(input).match(/.{1,4}/g) ?? []).join('-');
}

export function looksLikeRecoveryKey(input: string): boolean {
  const key = normalizeRecoveryKey(input);
  return key.length === LENGTH && [...key].every((c) => ALPHABET.includes(c));
}
