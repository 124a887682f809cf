import { createReadStream } from 'node:fs';
import { bi, type BilingualText } from '../shared/i18n/text';
import { InputError } from './errors';

function unreadable(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(bi(`File "${file}" tidak ditemukan.`, `File "${file}" was not found.`));
  if (code === 'EISDIR') return new InputError(bi(`"${file}" adalah folder, bukan file.`, `"${file}" is a folder, not a file.`));
  return new InputError(bi(`File "${file}" tidak bisa dibaca (${code ?? 'error'}).`, `File "${file}" can't be read (${code ?? 'error'}).`));
}

/** A file's bytes in chunks of about 1 MB ("-": stdin), so a file of any size is read with flat memory. */
export async function* byteChunks(file: string): AsyncGenerator<Uint8Array> {
  const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    if (file !== '-') (stream as ReturnType<typeof createReadStream>).destroy();
  }
}

/** All the bytes still to come from `chunks`, after `first`; stops reading as soon as they pass `limit`. */
export async function collectBytes(first: Uint8Array, chunks: AsyncIterator<Uint8Array>, limit: number, tooBig: BilingualText): Promise<Uint8Array> {
  const parts = [first];
  let total = first.length;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    total += next.value.length;
    if (total > limit) throw new InputError(tooBig);
    parts.push(next.value);
  }
  if (total > limit) throw new InputError(tooBig);
  return Buffer.concat(parts, total);
}

/** A whole (small) file, refused past `limit` bytes. */
export async function readWhole(file: string, limit: number, tooBig: BilingualText): Promise<Uint8Array> {
  const chunks = byteChunks(file);
  const first = await chunks.next();
  return first.done ? new Uint8Array(0) : collectBytes(first.value, chunks, limit, tooBig);
}
