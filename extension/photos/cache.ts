import { appDB, type AppDB } from '../../shared/storage/db';
import { getPhotoResult, hashImageBytes, putPhotoResult } from '../../shared/storage/photo-cache';
import { CachedPhoto } from '../../shared/photos/results';

/**
 * Names the code that produced a cached result. Change it when decoding, measuring or reading text changes, so
 * old entries are measured again instead of shown.
 */
export const PHOTO_ANALYZER = 'photos/extension@1';

/** The photo checks' cache, keyed by the SHA-256 of the image's bytes: a photo seen before shows its results at once. */
export interface PhotoCache {
  get(hash: string): Promise<CachedPhoto | undefined>;
  put(hash: string, result: CachedPhoto): Promise<void>;
}

export { hashImageBytes };

/**
 * The cache in the extension's IndexedDB (the storage team's photoResults table). A cache that cannot be read or
 * written (private window, full disk) is no reason to stop checking: it just stays empty.
 */
export function dexiePhotoCache(db: () => AppDB = appDB): PhotoCache {
  return {
    async get(hash) {
      try {
        return await getPhotoResult(db(), hash, PHOTO_ANALYZER, CachedPhoto);
      } catch {
        return undefined;
      }
    },
    async put(hash, result) {
      try {
        await putPhotoResult(db(), hash, PHOTO_ANALYZER, CachedPhoto.parse(result));
      } catch {
        // Not cached this time; the photo is measured again next time.
      }
    },
  };
}

/** A cache that forgets (tests, or where IndexedDB is missing). */
export function memoryPhotoCache(): PhotoCache & { entries: Map<string, CachedPhoto> } {
  const entries = new Map<string, CachedPhoto>();
  return {
    entries,
    get: async (hash) => entries.get(hash),
    put: async (hash, result) => void entries.set(hash, result),
  };
}
