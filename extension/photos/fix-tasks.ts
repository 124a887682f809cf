import { FIX_LIMITS, fixPhoto, type FixPlatform } from '../../shared/photos/fix/fix-photo';
import { browserFixPlatform } from '../../shared/photos/fix/render-browser';
import { PhotoProblem, PROBLEMS } from '../../shared/photos/problems';
import type { FixRequest, FixResponse } from './fix-protocol';
import { readOwnBlob } from './own-blob';

export interface FixTaskOptions {
  /** The extension's own origin: only blob: addresses made by its pages are opened. */
  origin: string;
  fetch?: typeof fetch;
  /** The browser's decoder and canvas; Node's in tests. */
  platform?: FixPlatform;
}

/**
 * What the fixer worker does (fix-worker.ts only wires it to messages): reads the photo from the panel's own blob:
 * address, within the limits, fixes it (shared/photos/fix) and hands the JPEG back without copying it.
 */
export function createFixTasks(options: FixTaskOptions) {
  const platform = options.platform ?? browserFixPlatform;
  return async function handle(request: FixRequest): Promise<{ response: FixResponse; transfer: Transferable[] }> {
    const { id, url } = request;
    try {
      const bytes = await readOwnBlob(url, options.origin, FIX_LIMITS, options.fetch);
      const fixed = await fixPhoto(bytes, platform, FIX_LIMITS);
      return { response: { id, fixed }, transfer: [fixed.jpeg.buffer] };
    } catch (error) {
      return { response: { id, error: error instanceof PhotoProblem ? error.text : PROBLEMS.unexpected }, transfer: [] };
    }
  };
}
