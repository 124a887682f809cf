import type { MeasureReply, ReadTextReply } from '../../shared/photos/results';

/**
 * What the side panel asks of the photo checker. In Chrome it lives in the offscreen document (offscreen-client.ts);
 * in Firefox, which has no offscreen API, it runs in the sidebar page itself (analyzer.ts). Either way the bytes
 * arrive as a blob: address made by the panel, so photos are fetched once, by the panel, from the extension's origin.
 */
export interface PhotoService {
  measure(url: string): Promise<MeasureReply>;
  readText(url: string, onProgress?: (progress: number) => void): Promise<ReadTextReply>;
}

/** The checker for this browser build. The analyzer's code (and tesseract.js) is only loaded where it runs. */
export function createPhotoService(): PhotoService {
  if (import.meta.env.FIREFOX) return lazy(async () => (await import('./analyzer')).createPhotoAnalyzer());
  return lazy(async () => (await import('./offscreen-client')).createOffscreenPhotoService());
}

function lazy(load: () => Promise<PhotoService>): PhotoService {
  let service: Promise<PhotoService> | null = null;
  const get = () => (service ??= load());
  return {
    measure: async (url) => (await get()).measure(url),
    readText: async (url, onProgress) => (await get()).readText(url, onProgress),
  };
}
