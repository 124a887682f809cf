import { bi, both, type BilingualText } from '../shared/i18n/text';

/** Unreadable input: the whole file, not one row. The CLI exits 2 with this message. */
export class InputError extends Error {
  constructor(readonly text: BilingualText) {
    super(text.en);
  }
}

/** A wrong command line. The CLI exits 2 with this message and the usage. */
export class UsageError extends Error {
  constructor(readonly text: BilingualText) {
    super(text.en);
  }
}

export interface Failure {
  /** Empty when there is nothing to say (the reader of stdout went away). */
  text?: BilingualText;
  exitCode: number;
  showUsage?: boolean;
}

const TOO_BIG = bi(
  'File ini terlalu besar atau bertingkat terlalu dalam untuk dibaca dalam bentuk ini. Simpan sebagai CSV atau JSONL (satu listing per baris), yang dibaca baris demi baris.',
  'This file is too big or nested too deep to read in this form. Save it as CSV or JSONL (one listing per line), which are read row by row.',
);

const INTERNAL = (detail: string) =>
  bi(
    `Rapi berhenti karena kesalahan di dalam Rapi sendiri, bukan karena file Anda (${detail}). Jalankan lagi dengan RAPI_DEBUG=1 untuk rinciannya, lalu laporkan.`,
    `Rapi stopped on an error inside Rapi itself, not in your file (${detail}). Run again with RAPI_DEBUG=1 for details, then report it.`,
  );

/**
 * Every error ends here, at the top: a seller or trainer sees a plain message in both languages and an exit code,
 * never a stack trace (RAPI_DEBUG=1 prints it for whoever fixes Rapi).
 */
export function failureOf(error: unknown): Failure {
  if (error instanceof InputError) return { text: error.text, exitCode: 2 };
  if (error instanceof UsageError) return { text: error.text, exitCode: 2, showUsage: true };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') return { exitCode: 0 };
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    const message = (error as Error).message;
    return { text: bi(`Pilihan tidak dikenal: ${message}`, `Unknown option: ${message}`), exitCode: 2, showUsage: true };
  }
  // What hostile sizes and depths raise in V8 when something slipped past the limits: still the input's fault.
  if (error instanceof RangeError || code === 'ERR_STRING_TOO_LONG' || code === 'ERR_BUFFER_TOO_LARGE') return { text: TOO_BIG, exitCode: 2 };
  const name = error instanceof Error ? error.name : typeof error;
  return { text: INTERNAL(name), exitCode: 1 };
}

/** Prints a failure on stderr; returns the exit code. */
export function reportFailure(error: unknown, usage: string): number {
  const failure = failureOf(error);
  if (process.env.RAPI_DEBUG) console.error(error);
  if (failure.text) console.error(both(failure.text));
  if (failure.showUsage) console.error(`\n${usage}`);
  return failure.exitCode;
}
