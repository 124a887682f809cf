import { bi, type BilingualText } from '../i18n/text';

/**
 * Storage failures in words a seller understands. Each one says the text is still safe on screen, because it is:
 * the draft model keeps it in memory and keeps retrying.
 */
export const STORAGE_PROBLEMS = {
  quota: bi(
    'Penyimpanan browser Anda penuh, jadi draf belum tersimpan. Tulisan Anda masih ada di layar dan Rapi terus mencoba menyimpannya. Kosongkan ruang disk atau hapus draf lama, atau ekspor data Anda sekarang.',
    'Your browser storage is full, so the draft is not saved yet. Your text is still on screen and Rapi keeps trying to save it. Free some disk space or delete old drafts, or export your data now.',
  ),
  failed: bi(
    'Rapi belum bisa menyimpan draf. Tulisan Anda masih ada di layar dan Rapi terus mencoba menyimpannya.',
    'Rapi could not save the draft yet. Your text is still on screen and Rapi keeps trying to save it.',
  ),
} as const;

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
}

/** True for a full disk or quota, including Dexie's AbortError that wraps one (Dexie docs: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner } = e as ErrorLike;
    if (name === 'QuotaExceededError') return true;
    e = inner;
  }
  return false;
}

export function storageProblem(error: unknown): BilingualText {
  return isQuotaError(error) ? STORAGE_PROBLEMS.quota : STORAGE_PROBLEMS.failed;
}
