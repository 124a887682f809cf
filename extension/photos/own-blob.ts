import { readPhotoBody } from '../../shared/photos/download';
import type { PhotoLimits } from '../../shared/photos/limits';
import { PhotoProblem, PROBLEMS } from '../../shared/photos/problems';

/**
 * The bytes behind a blob: address the extension itself made (the panel turns every photo it loaded into one), for
 * its workers: any other address, a web page's blob: address included, is refused without being fetched, and never
 * more than `maxBytes` is read. So a forged request cannot make a worker fetch for it or fill its memory.
 */
export async function readOwnBlob(url: string, origin: string, limits: PhotoLimits, fetcher: typeof fetch = fetch): Promise<Uint8Array<ArrayBuffer>> {
  if (!url.startsWith(`blob:${origin}/`)) throw new PhotoProblem(PROBLEMS.unsupportedAddress(url));
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    throw new PhotoProblem(PROBLEMS.unexpected);
  }
  return readPhotoBody(response, limits);
}
