import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DB_NAME } from '../../../shared/storage/db';
import { STORAGE_PROBLEMS, isQuotaError, storageProblem } from '../../../shared/storage/errors';
import { requestPersistentStorage } from '../../../shared/storage/persist';
import { PHOTO_CACHE_LIMIT, getPhotoResult, hashImageBytes, putPhotoResult } from '../../../shared/storage/photo-cache';
import { SETTING_KEYS } from '../../../shared/storage/settings-table';
import { freshDB } from './helpers';

describe('AppDB', () => {
  it('is one database named "rapi" with a table for each kind of data', async () => {
    const db = freshDB();
    await db.open();
    expect(DB_NAME).toBe('rapi');
    expect(db.tables.map((t) => t.name).sort()).toEqual(['drafts', 'photoResults', 'revisions', 'sessions', 'settings', 'showcaseItems', 'showcases']);
    expect(db.drafts.schema.primKey.name).toBe('id');
    expect(db.photoResults.schema.primKey.name).toBe('hash');
    expect(db.drafts.schema.indexes.map((i) => i.name).sort()).toEqual(['[trashed+score]', '[trashed+updatedAt]', 'words']);
    db.close();
  });
});

describe('photo results cache', () => {
  const Result = z.object({ sharpness: z.number() });

  it('keys results by the SHA-256 of the image bytes', async () => {
    const empty = await hashImageBytes(new Uint8Array());
    expect(empty).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const a = await hashImageBytes(new TextEncoder().encode('photo a'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashImageBytes(new TextEncoder().encode('photo a').buffer)).toBe(a);
    expect(await hashImageBytes(new TextEncoder().encode('photo b'))).not.toBe(a);
  });

  it('returns a result only for the same analyzer and when it still fits the schema', async () => {
    const db = freshDB();
    const hash = await hashImageBytes(new Uint8Array([1, 2, 3]));
    expect(await getPhotoResult(db, hash, 'measure@1', Result)).toBeUndefined();
    await putPhotoResult(db, hash, 'measure@1', { sharpness: 812 });
    expect(await getPhotoResult(db, hash, 'measure@1', Result)).toEqual({ sharpness: 812 });
    expect(await getPhotoResult(db, hash, 'measure@2', Result)).toBeUndefined();
    await putPhotoResult(db, hash, 'measure@1', { sharpness: 'blurry' });
    expect(await getPhotoResult(db, hash, 'measure@1', Result)).toBeUndefined();
  });

  it('forgets the least recently used photos beyond its limit', async () => {
    const db = freshDB();
    const rows = Array.from({ length: PHOTO_CACHE_LIMIT }, (_, i) => ({
      hash: i.toString(16).padStart(64, '0'),
      analyzer: 'measure@1',
      result: { sharpness: i },
      savedAt: 1000 + i,
      usedAt: 1000 + i,
    }));
    await db.photoResults.bulkPut(rows);
    await putPhotoResult(db, 'f'.repeat(64), 'measure@1', { sharpness: 1 });
    expect(await db.photoResults.count()).toBe(PHOTO_CACHE_LIMIT);
    expect(await db.photoResults.get(rows[0]!.hash)).toBeUndefined(); // the oldest use went
    expect(await db.photoResults.get(rows[1]!.hash)).toBeDefined();
    expect(await db.photoResults.get('f'.repeat(64))).toBeDefined();
  });
});

describe('persistent storage', () => {
  const manager = (persisted: boolean, grant: boolean | 'throw') =>
    ({
      persisted: async () => persisted,
      persist: async () => {
        if (grant === 'throw') throw new Error('no');
        return grant;
      },
    }) as unknown as StorageManager;

  it('asks once, remembers the answer, and never throws', async () => {
    const db = freshDB();
    expect(await requestPersistentStorage(db, manager(true, false))).toBe('granted');
    expect(await requestPersistentStorage(db, manager(false, true))).toBe('granted');
    expect(await requestPersistentStorage(db, manager(false, false))).toBe('denied');
    expect((await db.settings.get(SETTING_KEYS.persistence))?.value).toBe('denied');
    expect(await requestPersistentStorage(db, manager(false, 'throw'))).toBe('unsupported');
    expect(await requestPersistentStorage(db, undefined)).toBe('unsupported');
  });
});

describe('storage errors', () => {
  it('recognises a full disk, also when Dexie wraps it in an AbortError', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'UnknownError' } })).toBe(false);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(storageProblem(quota)).toBe(STORAGE_PROBLEMS.quota);
    expect(storageProblem(new Error('x'))).toBe(STORAGE_PROBLEMS.failed);
  });

  it('says plainly, in both languages, that the text is still safe', () => {
    for (const text of Object.values(STORAGE_PROBLEMS)) {
      expect(text.id).toMatch(/masih ada di layar/);
      expect(text.en).toMatch(/still on screen/);
    }
  });
});
