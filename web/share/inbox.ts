import { SHARE_LIMITS } from './protocol';

/**
 * The share inbox: Cache Storage entries the service worker writes and the page reads once, then deletes. It only
 * carries a share across the redirect (the service worker cannot hand Files to a page that is not open yet); the
 * draft the page makes from it is what stays.
 */
export const SHARE_CACHE = 'rapi-share-inbox';

export interface SharedFileNote {
  name: string;
  type: string;
  bytes: number;
}

/** What the page learns about one share. */
export interface ShareMeta {
  id: string;
  receivedAt: number;
  title?: string;
  text?: string;
  url?: string;
  /** The files kept, in order (their bytes are entries `file/<n>`). */
  files: SharedFileNote[];
  /** Files left out: not images, too big, or past the limit. */
  skipped: SharedFileNote[];
}

export interface SharedItem extends Omit<ShareMeta, 'files'> {
  files: File[];
}

const entry = (base: string, id: string, part: string) => new URL(`share-inbox/${encodeURIComponent(id)}/${part}`, base).href;

function fieldText(value: FormDataEntryValue | null): string | undefined {
  return typeof value === 'string' && value.trim() ? value.slice(0, SHARE_LIMITS.textChars) : undefined;
}

/** Service worker side: keeps a share's form data under a new id. `base` is the scope URL. */
export async function putShare(
  caches: CacheStorage,
  base: string,
  form: FormData,
  fields: { title: string; text: string; url: string; files: string },
  id: string,
  now: number,
): Promise<ShareMeta> {
  const cache = await caches.open(SHARE_CACHE);
  const meta: ShareMeta = {
    id,
    receivedAt: now,
    title: fieldText(form.get(fields.title)),
    text: fieldText(form.get(fields.text)),
    url: fieldText(form.get(fields.url)),
    files: [],
    skipped: [],
  };
  for (const value of form.getAll(fields.files)) {
    if (typeof value === 'string') continue;
    const note = { name: value.name.slice(0, 200), type: value.type, bytes: value.size };
    if (!value.type.startsWith('image/') || value.size > SHARE_LIMITS.fileBytes || meta.files.length >= SHARE_LIMITS.files) {
      meta.skipped.push(note);
      continue;
    }
    await cache.put(entry(base, id, `file/${meta.files.length}`), new Response(value, { headers: { 'Content-Type': value.type || 'application/octet-stream' } }));
    meta.files.push(note);
  }
  await cache.put(entry(base, id, 'meta'), new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json' } }));
  return meta;
}

/** Page side: the share with this id (null when it was already taken or never arrived), removed from the inbox. */
export async function takeShare(caches: CacheStorage, base: string, id: string): Promise<SharedItem | null> {
  const cache = await caches.open(SHARE_CACHE);
  const metaResponse = await cache.match(entry(base, id, 'meta'));
  if (!metaResponse) return null;
  let meta: ShareMeta;
  try {
    meta = (await metaResponse.json()) as ShareMeta;
  } catch {
    await cache.delete(entry(base, id, 'meta'));
    return null;
  }
  const files: File[] = [];
  for (const [index, note] of (meta.files ?? []).entries()) {
    const response = await cache.match(entry(base, id, `file/${index}`));
    if (response) files.push(new File([await response.blob()], note.name || `foto-${index + 1}`, { type: note.type }));
    await cache.delete(entry(base, id, `file/${index}`));
  }
  await cache.delete(entry(base, id, 'meta'));
  return { ...meta, skipped: meta.skipped ?? [], files };
}
