import type { z } from 'zod';
import type { AppDB } from './db';

/** How many photos' results to keep; the least recently used go first. */
export const PHOTO_CACHE_LIMIT = 2_000;

/** SHA-256 of an image's bytes as 64 hex digits: the photoResults key. */
export async function hashImageBytes(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The cached result for a photo, if the same analyzer produced it and it still fits `schema`; else undefined
 * (the caller measures again). Marks the entry as used.
 */
export async function getPhotoResult<T>(db: AppDB, hash: string, analyzer: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const row = await db.photoResults.get(hash);
  if (!row || row.analyzer !== analyzer) return undefined;
  const parsed = schema.safeParse(row.result);
  if (!parsed.success) return undefined;
  await db.photoResults.update(hash, { usedAt: Date.now() });
  return parsed.data;
}

export async function putPhotoResult(db: AppDB, hash: string, analyzer: string, result: unknown): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.photoResults, async () => {
    await db.photoResults.put({ hash, analyzer, result, savedAt: now, usedAt: now });
    const extra = (await db.photoResults.count()) - PHOTO_CACHE_LIMIT;
    if (extra > 0) await db.photoResults.orderBy('usedAt').limit(extra).delete();
  });
}
