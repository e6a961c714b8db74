import type { School } from '../domain/school';
import type { DataKey } from './crypto/cipher';
import { makeSigningPair, type SigningPair } from './crypto/signing';
import { schoolStore } from './stores';
import { saveSchool } from './school-settings';

/**
 * The school's signing key pair, made and sealed into the school's record the first time a dossier
 * is signed or the settings show its fingerprint. Every tablet of the school then has the same pair
 * (the record travels sealed, like any other).
 */
let making: Promise<SigningPair> | null = null;

export function schoolSigningPair(key: DataKey, now: Date, known?: School['signing']): Promise<SigningPair> {
  // The pair the screen already holds (read with the school at unlock): nothing to read or decrypt again.
  if (known) return Promise.resolve({ publicKey: known.publicKey, privateKey: known.privateKey });
  // One at a time: two screens asking at once must not make two pairs, one of them lost.
  const next = (making ?? Promise.resolve(null)).catch(() => null).then(() => readOrMake(key, now));
  making = next;
  return next;
}

async function readOrMake(key: DataKey, now: Date): Promise<SigningPair> {
  const school = await schoolStore.get(key, 'school');
  if (!school) throw new Error('no school');
  if (school.signing) return { publicKey: school.signing.publicKey, privateKey: school.signing.privateKey };
  const pair = await makeSigningPair();
  await saveSchool(key, { ...school, signing: { ...pair, createdAt: now.toISOString() } });
  return pair;
}
