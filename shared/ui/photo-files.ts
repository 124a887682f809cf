import { bi, type BilingualText } from '../i18n/text';
import type { Photo } from '../listing/schema';

export interface DroppedPhotos {
  photos: Photo[];
  /** The file of each photo, same order: the photo checks read its pixels. */
  files: File[];
  problems: BilingualText[];
}

/** Reads a file's pixel size; undefined when the browser cannot decode it (corrupt or not really an image). */
async function dimensions(file: File): Promise<{ width: number; height: number } | undefined> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return undefined;
  }
}

/**
 * Turns dropped files into Listing photos: name, size in bytes, type and pixel size. Nothing is uploaded; the
 * files stay on the page for the photo checks. A file that is not an image is skipped, with a reason.
 */
export async function photosFromFiles(files: readonly File[]): Promise<DroppedPhotos> {
  const photos: Photo[] = [];
  const kept: File[] = [];
  const problems: BilingualText[] = [];
  for (const file of files) {
    if (!file.type.startsWith('image/')) {
      problems.push(bi(`${file.name} bukan foto, jadi dilewati.`, `${file.name} is not a photo, so it was skipped.`));
      continue;
    }
    const size = await dimensions(file);
    if (!size) problems.push(bi(`${file.name} tidak bisa dibuka sebagai foto.`, `${file.name} could not be opened as a photo.`));
    photos.push({ src: file.name, bytes: file.size, mime: file.type, ...size });
    kept.push(file);
  }
  return { photos, files: kept, problems };
}
