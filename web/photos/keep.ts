import type { Listing } from '../../shared/listing/schema';
import type { AppDB } from '../../shared/storage/db';
import { hashImageBytes } from '../../shared/storage/photo-cache';

/**
 * The seller's photos, kept on the phone so a draft still has them tomorrow (Android closes apps it does not show).
 * Each photo is stored once by the SHA-256 of its bytes in Cache Storage, and the draft's listing names it as
 * `photos/<hash>`; the draft itself (IndexedDB) stays small. The export file carries the names only, as the
 * extension's does: the photos stay on the phone they were taken with.
 */
export const PHOTO_CACHE = 'rapi-photos';
const PREFIX = 'photos/';
/**
 * A photo kept this recently is never removed as unused: its draft may not be saved yet (the autosave waits for a
 * pause, a share is still opening, another tab is typing). Unused photos go on a later visit.
 */
export const KEEP_UNUSED_MS = 24 * 60 * 60 * 1000;

export interface PhotoKeeper {
  /** Stores the file (once per content) and returns the name the listing keeps for it. */
  keep(file: File): Promise<string>;
  /** The file behind a kept name, or null (never kept here, or removed by the browser). */
  load(src: string): Promise<File | null>;
  /** Removes kept photos no draft or revision names any more; returns how many went. */
  forgetAllBut(names: ReadonlySet<string>): Promise<number>;
}

export function isKeptPhoto(src: string | undefined): src is string {
  return !!src && src.startsWith(PREFIX);
}

export function photoKeeper(caches: CacheStorage, base: string, now: () => number = Date.now): PhotoKeeper {
  const url = (name: string) => new URL(name, base).href;
  /** Kept by this page: never unused while it is open. */
  const keptHere = new Set<string>();
  return {
    async keep(file) {
      const name = `${PREFIX}${await hashImageBytes(await file.arrayBuffer())}`;
      keptHere.add(name);
      try {
        const cache = await caches.open(PHOTO_CACHE);
        // Stored again when already there (under its first name), so its time is the latest keep.
        const earlier = await cache.match(url(name));
        const headers = {
          'Content-Type': file.type || 'application/octet-stream',
          'X-Rapi-Name': earlier?.headers.get('X-Rapi-Name') ?? encodeURIComponent(file.name),
          'X-Rapi-Kept': String(now()),
        };
        await cache.put(url(name), new Response(file, { headers }));
      } catch {
        // Storage full: the photo is still checked now; the draft keeps its name and says it is missing later.
      }
      return name;
    },
    async load(src) {
      if (!isKeptPhoto(src)) return null;
      try {
        const response = await (await caches.open(PHOTO_CACHE)).match(url(src));
        if (!response) return null;
        const type = response.headers.get('Content-Type') ?? '';
        const name = decodeURIComponent(response.headers.get('X-Rapi-Name') ?? '') || src.slice(PREFIX.length, PREFIX.length + 12);
        return new File([await response.blob()], name, { type });
      } catch {
        return null;
      }
    },
    async forgetAllBut(names) {
      const cache = await caches.open(PHOTO_CACHE);
      let removed = 0;
      const folder = url(PREFIX);
      for (const request of await cache.keys()) {
        const name = request.url.startsWith(folder) ? PREFIX + request.url.slice(folder.length) : request.url;
        if (names.has(name) || keptHere.has(name)) continue;
        const kept = Number((await cache.match(request))?.headers.get('X-Rapi-Kept') ?? 0);
        if (now() - kept < KEEP_UNUSED_MS) continue;
        if (await cache.delete(request)) removed++;
      }
      return removed;
    },
  };
}

/**
 * Removes kept photos that no draft (deleted ones waiting for undo included) and no revision names; run once the
 * page has settled.
 */
export async function forgetUnusedPhotos(db: AppDB, keeper: PhotoKeeper): Promise<number> {
  const names = new Set<string>();
  const note = (listing: Listing | undefined) => {
    for (const photo of listing?.photos ?? []) if (isKeptPhoto(photo.src)) names.add(photo.src);
  };
  await db.drafts.each((row) => {
    note(row.listing);
    note(row.original);
    row.conflicts.forEach((copy) => note(copy.listing));
  });
  await db.revisions.each((row) => note(row.listing));
  return keeper.forgetAllBut(names);
}
