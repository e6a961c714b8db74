import { fromBase64, toBase64 } from '../crypto/encoding';
import * as z from 'zod/mini';
import { openBytes, sealBytes, WrongKeyError } from '../crypto/cipher';
import { deriveWrappingKey, PASSPHRASE_ITERATIONS } from '../crypto/key-slots';
import { ArchiveError } from '../../domain/transfer/archive';

/**
 * A file protected by a one-time passphrase: moving cases between tablets without a readable name
 * in it. The envelope is plain JSON; everything inside is AES-GCM with a key from PBKDF2.
 */
const FILE_FORMAT = 'kring-versleuteld';
const CONTEXT = 'kring:bestand';

const envelopeSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  // Within sane bounds: a file may not make the tablet derive a key for minutes.
  iterations: z.int().check(z.gte(100_000), z.lte(2_000_000)),
  salt: z.string().check(z.maxLength(64)),
  data: z.string(),
});


export async function encryptFile(plainText: string, passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveWrappingKey(passphrase, salt, iterations);
  const sealed = await sealBytes(key, new TextEncoder().encode(plainText), CONTEXT);
  return JSON.stringify({ format: FILE_FORMAT, version: 1, iterations, salt: toBase64(salt), data: toBase64(sealed) });
}

/** The file's plain text, or an ArchiveError with the Dutch reason it cannot be opened. */
export async function decryptFile(fileText: string, passphrase: string): Promise<string> {
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(fileText));
  } catch {
    throw new ArchiveError('Dit is geen versleuteld Kring-bestand, of het bestand is beschadigd.');
  }
  let salt: Uint8Array;
  let data: Uint8Array;
  try {
    salt = fromBase64(envelope.salt);
    data = fromBase64(envelope.data);
  } catch {
    throw new ArchiveError('Dit Kring-bestand is beschadigd of onvolledig.');
  }
  try {
    const key = await deriveWrappingKey(passphrase, salt, envelope.iterations);
    return new TextDecoder().decode(await openBytes(key, data, CONTEXT));
  } catch (error) {
    if (error instanceof WrongKeyError) throw new ArchiveError('Het wachtwoord van dit bestand klopt niet, of het bestand is beschadigd. Er is niets ingelezen.');
    throw error;
  }
}
