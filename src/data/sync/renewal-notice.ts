import { openText, sealText, WrongKeyError, type DataKey } from '../crypto/cipher';
import { fromBase64, toBase64 } from '../crypto/encoding';
import { withDatabase } from '../connection';
import { KringError } from '../errors';
import type { SyncedTable } from './changed-rows';
import { docIdFor, encodeDoc, type StoredRow, type SyncDoc } from './sync-docs';
import { FIRST_VERSION } from './sync-lineage';
import { schoolIdKey } from './school-id-key';
import { META_KEY_GENERATION } from './sync-rows';

/**
 * A key renewal, told to the school's other tablets so that no server can fake one. The tablet that
 * renews seals a notice under the key being retired (which only the school's tablets hold): the
 * renewal's number, one higher than the last, and a check only the new key opens. Another tablet
 * asks for the school's passphrase only once such a notice arrived, and moves only to a key the
 * check confirms: a slot the server made up, or an old slot it replays (a revoked passphrase, the
 * demo's), is set aside as unreadable and changes nothing.
 */

/** Notices travel as documents of a table that is no table of the database. */
export const NOTICE_TABLE = 'keyRenewals';

export interface RenewalNotice {
  id: string;
  /** 1 for the first renewal of the school, then one more each time. */
  generation: number;
  at: string;
  /** A fixed text sealed with the new key: the key a passphrase opens must open this. */
  check: string;
}

/** The notice waiting to be sent (written at a renewal here; sent when sync next starts). */
export const META_NOTICE_TO_SEND = '~notice-to-send';
/** A renewal another tablet told of, not yet followed here. */
export const META_KEY_ANNOUNCED = '~key-announced';

const CHECK_TEXT = 'kring: deze sleutel is door een tablet van de school vernieuwd';
const checkContext = (generation: number) => `kring:renewal:${generation}`;

const readMeta = async (name: string) => (await withDatabase((db) => db.syncRows.get(name)))?.mark;
const writeMeta = (name: string, value: string) => withDatabase((db) => db.syncRows.put({ docId: name, row: name, rev: '', mark: value }));

/** The renewal number of this tablet's key (0: never renewed). */
export async function keyGeneration(): Promise<number> {
  return Number((await readMeta(META_KEY_GENERATION)) ?? 0) || 0;
}

/**
 * At the start of a renewal here: the notice sealed under the old key, kept until sync sends it (sync
 * may be off now and turned on later). A school that never synced has no tablets to tell.
 */
export async function prepareRenewalNotice(oldKey: DataKey, newKey: DataKey, now: Date): Promise<void> {
  const generation = (await keyGeneration()) + 1;
  let idKey: CryptoKey | null = null;
  try {
    idKey = await schoolIdKey(oldKey);
  } catch {
    // No key for document ids: this school never synced.
  }
  if (idKey) await writeMeta(META_NOTICE_TO_SEND, JSON.stringify(await sealRenewalNotice(oldKey, newKey, idKey, generation, now)));
  await writeMeta(META_KEY_GENERATION, String(generation));
}

/** The notice of renewal number `generation`, sealed under the old key, with a check the new key opens. */
export async function sealRenewalNotice(oldKey: DataKey, newKey: DataKey, idKey: CryptoKey, generation: number, now: Date): Promise<SyncDoc & { notice: 1 }> {
  // Named by number and moment: two renewals never share a document, even after sync was turned off and on.
  const notice: RenewalNotice = { id: `${generation}:${now.toISOString()}`, generation, at: now.toISOString(), check: toBase64(await sealText(newKey, CHECK_TEXT, checkContext(generation))) };
  const docId = await docIdFor(idKey, NOTICE_TABLE as SyncedTable, notice.id);
  const doc = await encodeDoc(oldKey, docId, NOTICE_TABLE as SyncedTable, notice as unknown as StoredRow, FIRST_VERSION);
  // Marked in the clear as a notice: a tablet already under the new key leaves it unread, not set aside.
  return { ...doc, notice: 1 };
}

/** The notice waiting to be sent, if any (the engine sends it before anything sealed under the new key). */
export async function noticeToSend(): Promise<(SyncDoc & { notice: 1 }) | null> {
  const text = await readMeta(META_NOTICE_TO_SEND);
  return text ? (JSON.parse(text) as SyncDoc & { notice: 1 }) : null;
}

export const noticeSent = () => withDatabase((db) => db.syncRows.delete(META_NOTICE_TO_SEND));

/** A notice arrived (opened with this tablet's key): kept when it tells of a renewal past this tablet's own. */
export async function noticeArrived(notice: RenewalNotice): Promise<boolean> {
  if (!Number.isInteger(notice.generation) || notice.generation <= (await keyGeneration())) return false;
  const known = await announcedRenewal();
  if (!known || known.generation < notice.generation) await writeMeta(META_KEY_ANNOUNCED, JSON.stringify(notice));
  return true;
}

export async function announcedRenewal(): Promise<RenewalNotice | null> {
  const text = await readMeta(META_KEY_ANNOUNCED);
  const notice = text ? (JSON.parse(text) as RenewalNotice) : null;
  return notice && notice.generation > (await keyGeneration()) ? notice : null;
}

/** Throws unless `newKey` is the key the notice told of. */
export async function confirmRenewedKey(notice: RenewalNotice, newKey: DataKey): Promise<void> {
  try {
    if ((await openText(newKey, fromBase64(notice.check), checkContext(notice.generation))).trimEnd() === CHECK_TEXT) return;
  } catch (error) {
    if (!(error instanceof WrongKeyError)) throw error;
  }
  throw new KringError('Deze sleutel is niet de sleutel die een tablet van de school heeft vernieuwd. Er is niets gewijzigd; vraag de beheerder.');
}

/** Moved to the announced key: this tablet now has its number. */
export async function renewalFollowed(notice: RenewalNotice): Promise<void> {
  await withDatabase((db) =>
    db.transaction('rw', db.syncRows, async () => {
      await db.syncRows.put({ docId: META_KEY_GENERATION, row: META_KEY_GENERATION, rev: '', mark: String(notice.generation) });
      await db.syncRows.delete(META_KEY_ANNOUNCED);
    }),
  );
}
