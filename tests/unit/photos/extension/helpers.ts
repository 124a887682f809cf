import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePhoto } from '../../../../shared/photos/decode-node';
import { DEFAULT_PHOTO_LIMITS } from '../../../../shared/photos/limits';
import { PhotoProblem } from '../../../../shared/photos/problems';
import { measurePhoto } from '../../../../shared/photos/measure';
import { ocrFromLines } from '../../../../shared/photos/ocr/types';
import type { MeasureReply, ReadTextReply } from '../../../../shared/photos/results';
import type { PhotoService } from '../../../../extension/photos/service';

/** Stand-ins for the browser's parts of the photo checks, doing the real work in Node. */

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

/** Blob addresses in Node: bytes kept in a map under a made-up address, as URL.createObjectURL does. */
export function fakeBlobUrls() {
  const store = new Map<string, Uint8Array>();
  let next = 0;
  return {
    store,
    toUrl: (bytes: Uint8Array<ArrayBuffer>) => {
      const url = `blob:test/${next++}`;
      store.set(url, bytes);
      return url;
    },
    revokeUrl: (url: string) => void store.delete(url),
  };
}

/**
 * The photo checker, with sharp (the CLI's decoder) in place of the browser's, the real measurements, and the text
 * "read" on a photo given by `texts` (keyed by the photo's first bytes' length, to stay independent of order).
 */
export function nodePhotoService(store: Map<string, Uint8Array>, texts: Map<number, string[]> = new Map()) {
  const calls = { measure: 0, readText: 0 };
  let failText = false;
  const service: PhotoService = {
    async measure(url): Promise<MeasureReply> {
      calls.measure++;
      const bytes = store.get(url);
      if (!bytes) return { photo: {}, metrics: null, error: { id: 'hilang', en: 'gone' } };
      try {
        const { photo, pixels } = await decodePhoto(bytes, DEFAULT_PHOTO_LIMITS);
        return { photo, metrics: measurePhoto(pixels) };
      } catch (error) {
        if (!(error instanceof PhotoProblem)) throw error;
        return { photo: error.known, metrics: null, error: error.text };
      }
    },
    async readText(url, onProgress): Promise<ReadTextReply> {
      calls.readText++;
      for (const p of [0.25, 0.5, 1]) onProgress?.(p);
      if (failText) return { error: { id: 'Rapi tidak bisa membaca tulisan di foto ini.', en: 'Rapi could not read the text on this photo.' } };
      const bytes = store.get(url)!;
      return { ocr: ocrFromLines(texts.get(bytes.byteLength) ?? []) };
    },
  };
  return {
    service,
    calls,
    failTextReading(fail: boolean) {
      failText = fail;
    },
  };
}

/** A fetch serving CDN addresses from fixture files (by the last part of the address); anything else is a 404. */
export function cdnFetch(files: Record<string, string>, log: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    log.push(url);
    const name = files[url.split('/').pop()!];
    if (!name) return new Response('not found', { status: 404 });
    return new Response(fixtureBytes(name));
  }) as typeof fetch;
}
