import { canonicalJson, dossierBundleSchema, DOSSIER_FORMAT, DOSSIER_SCHEMA_VERSION, SIGNATURE_ALGORITHM, signedDossierSchema, type DossierBundle, type SignedDossier } from '../../domain/case/dossier-bundle';
import { fromBase64, toBase64 } from './encoding';

/**
 * The school's signature on what it hands over: an ECDSA P-256 key pair made with WebCrypto. The
 * private key is kept in the school's record, sealed like every record; the public key travels in
 * each signed file, and its fingerprint is what the school publishes (for example in its schoolgids)
 * so that a receiver can tell the file is the school's and unchanged.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface SigningPair {
  /** SPKI, base64. */
  publicKey: string;
  /** PKCS#8, base64: only ever stored sealed. */
  privateKey: string;
}

export async function makeSigningPair(): Promise<SigningPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const [spki, pkcs8] = await Promise.all([crypto.subtle.exportKey('spki', pair.publicKey), crypto.subtle.exportKey('pkcs8', pair.privateKey)]);
  return { publicKey: toBase64(new Uint8Array(spki)), privateKey: toBase64(new Uint8Array(pkcs8)) };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** SHA-256 of the bytes, in groups of four hex digits: short enough to read out, long enough to trust. */
async function groupedHash(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

/** The public key's fingerprint: what the school publishes, and what a check names. */
export const fingerprintOf = (publicKey: string): Promise<string> => groupedHash(fromBase64(publicKey));

/** The digest of a bundle: printed on the dossier, so a printout can be matched with its file. */
export const digestOf = (bundle: DossierBundle): Promise<string> => groupedHash(bytesOf(canonicalJson(bundle)));

export async function signBundle(bundle: DossierBundle, pair: SigningPair): Promise<SignedDossier> {
  const key = await crypto.subtle.importKey('pkcs8', fromBase64(pair.privateKey) as Uint8Array<ArrayBuffer>, ALGORITHM, false, ['sign']);
  const signature = await crypto.subtle.sign(SIGN, key, bytesOf(canonicalJson(bundle)));
  return { signed: bundle, signature: { algorithm: SIGNATURE_ALGORITHM, publicKey: pair.publicKey, value: toBase64(new Uint8Array(signature)) } };
}

export type CheckResult =
  | { ok: true; bundle: DossierBundle; fingerprint: string; digest: string }
  | { ok: false; reason: 'not-json' | 'not-a-dossier' | 'newer-version' | 'altered' };

/**
 * Reads a signed file as a receiver does: is it a Kring dossier, in a version this Kring knows, and
 * does the signature hold over exactly what it says? A byte changed anywhere in what was signed
 * (or a signature from another key) is refused.
 */
export async function checkSignedDossier(fileText: string): Promise<CheckResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const head = (parsed as { signed?: { format?: unknown; schemaVersion?: unknown } } | null)?.signed;
  if (head?.format !== DOSSIER_FORMAT) return { ok: false, reason: 'not-a-dossier' };
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > DOSSIER_SCHEMA_VERSION) return { ok: false, reason: 'newer-version' };
  const file = signedDossierSchema.safeParse(parsed);
  if (!file.success) return { ok: false, reason: 'not-a-dossier' };
  const { signed, signature } = file.data;
  try {
    const key = await crypto.subtle.importKey('spki', fromBase64(signature.publicKey) as Uint8Array<ArrayBuffer>, ALGORITHM, false, ['verify']);
    // Verified over the bundle as it was read back, canonicalised: an added or changed field changes the bytes.
    const bundle = dossierBundleSchema.parse(signed);
    const holds = await crypto.subtle.verify(SIGN, key, fromBase64(signature.value) as Uint8Array<ArrayBuffer>, bytesOf(canonicalJson((parsed as { signed: unknown }).signed)));
    if (!holds) return { ok: false, reason: 'altered' };
    return { ok: true, bundle, fingerprint: await fingerprintOf(signature.publicKey), digest: await digestOf(bundle) };
  } catch {
    return { ok: false, reason: 'altered' };
  }
}
