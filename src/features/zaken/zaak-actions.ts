import type { DataKey } from '../../data/crypto/cipher';
import { saveZaak } from '../../data/zaken';
import type { ZaakResult } from '../../domain/case/zaak-events';
import { putRecords } from '../session/school-store';

/** Stores what the domain allowed; returns the domain's refusal untouched. */
export async function commitZaak(key: DataKey, result: ZaakResult, draftId?: string): Promise<ZaakResult> {
  if (!result.ok) return result;
  await saveZaak(key, result.zaak, draftId);
  putRecords('zaken', [result.zaak]);
  return result;
}
