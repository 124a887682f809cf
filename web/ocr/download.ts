import { OCR_CACHE } from './cache-name';
import { filesFor, OCR_FILES, totalBytes, type CoreVariant, type OcrFile, type OcrFileSet } from './files';

/** Which tesseract core this phone runs: the fastest its WebAssembly supports (the same test tesseract.js makes). */
export async function coreVariant(): Promise<CoreVariant> {
  try {
    const { relaxedSimd, simd } = await import('wasm-feature-detect');
    if (await relaxedSimd()) return 'relaxedsimd';
    if (await simd()) return 'simd';
  } catch {
    // No WebAssembly feature test: the plain core runs everywhere WebAssembly does.
  }
  return 'plain';
}

export class OcrDownloadError extends Error {
  constructor(readonly reason: 'network' | 'storage' | 'stopped') {
    super(`OCR download failed: ${reason}`);
    this.name = 'OcrDownloadError';
  }
}

export interface DownloadDeps {
  caches: CacheStorage;
  fetch: typeof fetch;
  /** The page's folder, e.g. https://situs.id/rapi/ (the files' paths are relative to it). */
  base: string;
}

const urlOf = (deps: DownloadDeps, file: OcrFile) => new URL(file.path, deps.base).href;

/** True when every file this phone needs is in the OCR cache (then no request leaves the phone for OCR). */
export async function isDownloaded(deps: DownloadDeps, files: readonly OcrFile[]): Promise<boolean> {
  try {
    const cache = await deps.caches.open(OCR_CACHE);
    for (const file of files) if (!(await cache.match(urlOf(deps, file)))) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * Downloads the files into the OCR cache, reporting bytes as they arrive. A file already there is not fetched again,
 * so a download cut off halfway goes on where it stopped. Files of older versions are removed at the end.
 */
export async function downloadOcr(
  deps: DownloadDeps,
  variant: CoreVariant,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
  set: OcrFileSet = OCR_FILES,
): Promise<void> {
  const files = filesFor(variant, set);
  const total = totalBytes(files);
  let cache: Cache;
  try {
    cache = await deps.caches.open(OCR_CACHE);
  } catch {
    throw new OcrDownloadError('storage');
  }
  let done = 0;
  onProgress(0, total);
  for (const file of files) {
    const url = urlOf(deps, file);
    if (await cache.match(url)) {
      done += file.bytes;
      onProgress(done, total);
      continue;
    }
    const body = await fetchWithProgress(deps, url, signal, (bytes) => onProgress(done + bytes, total));
    try {
      await cache.put(url, new Response(body, { headers: { 'Content-Type': contentType(file.path), 'Content-Length': String(body.size) } }));
    } catch {
      throw new OcrDownloadError('storage');
    }
    done += file.bytes;
    onProgress(done, total);
  }
  await forgetOtherVersions(cache, new Set(files.map((f) => urlOf(deps, f))), deps.base, set);
}

async function fetchWithProgress(deps: DownloadDeps, url: string, signal: AbortSignal | undefined, onBytes: (bytes: number) => void): Promise<Blob> {
  let response: Response;
  try {
    response = await deps.fetch(url, { signal, cache: 'no-store' });
  } catch {
    throw new OcrDownloadError(signal?.aborted ? 'stopped' : 'network');
  }
  if (!response.ok || !response.body) throw new OcrDownloadError('network');
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value as Uint8Array<ArrayBuffer>);
      received += value.byteLength;
      onBytes(received);
    }
  } catch {
    throw new OcrDownloadError(signal?.aborted ? 'stopped' : 'network');
  }
  return new Blob(chunks);
}

function contentType(path: string): string {
  if (path.endsWith('.wasm')) return 'application/wasm';
  if (path.endsWith('.js')) return 'text/javascript';
  return 'application/octet-stream';
}

/** Removes OCR files of other versions (an update of tesseract.js brings new ones). */
async function forgetOtherVersions(cache: Cache, keep: Set<string>, base: string, set: OcrFileSet): Promise<void> {
  const current = new URL(`ocr/${set.version}/`, base).href;
  for (const request of await cache.keys()) {
    if (!keep.has(request.url) && !request.url.startsWith(current)) await cache.delete(request);
  }
}
