import { foreignPhotoHost, isMarketplacePhotoUrl } from '../../shared/marketplaces/photo-hosts';
import { downloadPhoto } from '../../shared/photos/download';
import { tooManyBytes } from '../../shared/photos/limits';
import { PhotoProblem, PROBLEMS } from '../../shared/photos/problems';
import type { PhotoLimits } from './limits';

/**
 * Where a photo comes from: an address read from the page or the seller form (the marketplace's CDN, or a data:
 * preview), or a file the seller dropped into the panel.
 */
export type PhotoSource = { kind: 'url'; src: string } | { kind: 'file'; file: Blob; name: string };

export interface LoadedPhoto {
  bytes: Uint8Array<ArrayBuffer>;
  /**
   * The seller's own file (dropped, or a preview in the seller form before upload), whose format and file size
   * the marketplace will judge. A photo fetched from the marketplace's CDN is the marketplace's re-encoded copy
   * of an upload it already accepted: its format and byte size say nothing about the seller's file.
   */
  sellerFile: boolean;
}

/**
 * Reads one photo's bytes in the extension's own page (never the marketplace's), within the limits: one timeout
 * for headers and body together, and a running byte count that stops a server sending more than it declared.
 * Every failure is a PhotoProblem with a message for the seller.
 */
export interface LoadOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** The panel's own origin (its own blob: addresses open here). */
  origin?: string;
  /**
   * Asks the marketplace tab for one of its blob: previews (a photo just chosen in the seller form, not uploaded
   * yet): only that page can open it. Answers a data: address, or the file's size when it is over the limit.
   */
  readPageBlob?: (src: string) => Promise<{ dataUrl?: string; bytes?: number }>;
}

export async function loadPhoto(source: PhotoSource, limits: PhotoLimits, options: LoadOptions = {}): Promise<LoadedPhoto> {
  if (source.kind === 'file') {
    if (source.file.size > limits.maxBytes) throw tooManyBytes(source.file.size, limits);
    if (source.file.size === 0) throw new PhotoProblem(PROBLEMS.empty, { bytes: 0 });
    return { bytes: new Uint8Array(await source.file.arrayBuffer()), sellerFile: true };
  }
  const src = source.src.trim();
  const origin = options.origin ?? globalThis.location?.origin;
  if (/^blob:/i.test(src)) {
    // A blob: address only opens in the page that made it: the seller form's previews are the marketplace's.
    if (!origin || !src.startsWith(`blob:${origin}/`)) return { bytes: await fromPage(src, limits, options), sellerFile: true };
  } else if (!/^(https?:|data:image\/)/i.test(src)) {
    throw new PhotoProblem(PROBLEMS.unsupportedAddress(src));
  } else if (/^https?:/i.test(src) && !isMarketplacePhotoUrl(src)) {
    throw new PhotoProblem(foreignPhotoHost(src));
  }
  const sellerFile = !/^https?:/i.test(src);
  return { bytes: await download(src, limits, options), sellerFile };
}

/** A blob: preview of the marketplace's page, read by the page (best effort: the tab may be gone or navigated). */
async function fromPage(src: string, limits: PhotoLimits, options: LoadOptions): Promise<Uint8Array<ArrayBuffer>> {
  let answer: { dataUrl?: string; bytes?: number } = {};
  try {
    answer = (await options.readPageBlob?.(src)) ?? {};
  } catch {
    // No answer from the tab: say what the seller can do instead.
  }
  if (answer.bytes !== undefined && answer.bytes > limits.maxBytes) throw tooManyBytes(answer.bytes, limits);
  if (!answer.dataUrl?.startsWith('data:')) throw new PhotoProblem(PROBLEMS.pageOnly);
  return download(answer.dataUrl, limits, options);
}

/** No cookies and no referrer: the CDNs serve photos to anyone, and Rapi sends nothing of the seller's. */
function download(url: string, limits: PhotoLimits, options: LoadOptions): Promise<Uint8Array<ArrayBuffer>> {
  return downloadPhoto(url, limits, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    init: { credentials: 'omit', referrerPolicy: 'no-referrer' },
  });
}
