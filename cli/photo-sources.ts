import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadPhoto } from '../shared/photos/download';
import { tooManyBytes, type PhotoLimits } from '../shared/photos/limits';
import { PhotoProblem, PROBLEMS } from '../shared/photos/problems';
import { sniffMime } from '../shared/photos/sniff';
import { publicPhotoFetch, type NetworkOptions } from './photo-network';

export interface PhotoSourceOptions {
  /** The listing file's folder: relative paths start here, and local photos are read only inside it. */
  baseDir?: string;
  /** More folders whose photos may be read (`--allow-local-photos DIR`). */
  allowLocalPhotos?: readonly string[];
  network?: NetworkOptions;
}

/**
 * The load step of the photo pipeline in `rapi check`: a photo's bytes from an http(s) address (public addresses
 * only, see photo-network.ts) or from a local path or file: URL. Local photos are read only inside the listing
 * file's folder or a folder the trainer allowed, and a missing file, a folder and a file that is no photo all get
 * the same message: a listing file cannot be used to read, or to learn about, the rest of the computer.
 */
export async function loadPhotoBytes(src: string, limits: PhotoLimits, options: PhotoSourceOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const trimmed = src.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    return downloadPhoto(trimmed, limits, { fetch: publicPhotoFetch(options.network), unreachable: PROBLEMS.unreachableAddress });
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^file:\/\//i.test(trimmed) && !/^[a-z]:[\\/]/i.test(trimmed)) {
    throw new PhotoProblem(PROBLEMS.unsupportedAddressHere(trimmed));
  }
  const baseDir = path.resolve(options.baseDir ?? process.cwd());
  let file: string;
  try {
    file = /^file:\/\//i.test(trimmed) ? fileURLToPath(trimmed) : path.resolve(baseDir, trimmed);
  } catch {
    throw new PhotoProblem(PROBLEMS.unsupportedAddressHere(trimmed));
  }
  const folders = [baseDir, ...(options.allowLocalPhotos ?? []).map((dir) => path.resolve(dir))];
  // Decided from the path as written, before the disk is touched.
  if (!folders.some((folder) => isInside(file, folder))) throw new PhotoProblem(PROBLEMS.outsideFolder(file, baseDir));
  const real = await realpath(file).catch(() => undefined);
  if (!real) throw new PhotoProblem(PROBLEMS.noPhotoFile(file));
  // A link inside the folder may point anywhere: what counts is where it leads.
  const realFolders = await Promise.all(folders.map((folder) => realpath(folder).catch(() => folder)));
  if (!realFolders.some((folder) => isInside(real, folder))) throw new PhotoProblem(PROBLEMS.outsideFolder(file, baseDir));
  return readLocalPhoto(real, file, limits);
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' ? false : !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Reads a local photo: only a regular file whose first bytes are a known image format, within the byte limit. */
async function readLocalPhoto(real: string, shown: string, limits: PhotoLimits): Promise<Uint8Array<ArrayBuffer>> {
  const noPhoto = () => new PhotoProblem(PROBLEMS.noPhotoFile(shown));
  // stat before open: opening a named pipe would wait for a writer forever.
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile() || info.size === 0) throw noPhoto();
  const handle = await open(real, 'r').catch(() => undefined);
  if (!handle) throw noPhoto();
  try {
    const head = new Uint8Array(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (!sniffMime(head.subarray(0, bytesRead))) throw noPhoto();
    if (info.size > limits.maxBytes) throw tooManyBytes(info.size, limits);
    // Never more than the size seen above, even if the file grows meanwhile.
    const bytes = new Uint8Array(info.size);
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead: read } = await handle.read(bytes, at, bytes.length - at, at);
      if (read === 0) break;
      at += read;
    }
    return at === bytes.length ? bytes : bytes.slice(0, at);
  } finally {
    await handle.close();
  }
}
