import type { ProfileId } from '../checks/types';
import type { BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import { runPhotoChecks } from './analyze';
import { familyOf, type PhotoProblemFamily } from './problem-groups';
import { PhotoProblem, PROBLEMS } from './problems';
import type { MeasuredPhoto } from './check-types';
import type { CachedPhoto, MeasureReply, PhotoFacts, ReadTextReply } from './results';
import type { DecodedPhoto, PhotoFinding } from './types';

/**
 * The photo pipeline, the same in the side panel and in `rapi check`:
 *   load (bytes within the limits) → [recall earlier results] → sniff, limits, decode, measure → read text → findings.
 * What differs between the two is passed in as steps: where bytes come from (the panel's fetch or the CLI's guarded
 * one), the decoder (createImageBitmap in an extension worker, sharp in Node), the OCR engine, and a cache (the
 * extension's IndexedDB). Each photo moves through loading → measuring → waiting → reading → done, or failed with
 * one message from problems.ts; a bad photo never stops the others.
 */
export type PhotoStage = 'loading' | 'measuring' | 'waiting' | 'reading' | 'done' | 'failed';

/** A report on one photo; it changes only what it names. */
export interface PhotoUpdate {
  stage?: PhotoStage;
  /** 0–1: loading is quick, reading text takes most of a photo's time. */
  progress?: number;
  sellerFile?: boolean;
  result?: CachedPhoto;
  fromCache?: boolean;
  /** Why the photo could not be loaded or decoded. */
  problem?: BilingualText;
  /** The kind of that problem, so that nine failed downloads are said once (problem-groups.ts). */
  problemFamily?: PhotoProblemFamily;
  /** Why its text could not be read (the pixel checks still ran). */
  ocrProblem?: BilingualText;
}

export interface LoadedPhoto {
  bytes: Uint8Array<ArrayBuffer>;
  /**
   * The seller's own file (dropped, named in a trainer's file, or a preview in the seller form), whose format and
   * file size the marketplace will judge. A photo fetched from the marketplace's CDN is its re-encoded copy of an
   * upload it already accepted: its format and byte size say nothing about the seller's file.
   */
  sellerFile: boolean;
}

export interface PhotoSteps<Source, Loaded extends LoadedPhoto> {
  /** Reads the bytes within the limits; throws a PhotoProblem for the seller. */
  load(source: Source, signal: AbortSignal, index: number): Promise<Loaded>;
  /** Results of an earlier check of the same bytes. */
  recall?(loaded: Loaded): Promise<CachedPhoto | undefined>;
  remember?(loaded: Loaded, result: CachedPhoto): Promise<void>;
  /** Decodes and measures once; never throws: a photo that cannot be decoded answers with `error` and its facts. */
  measure(loaded: Loaded): Promise<MeasureReply>;
  /** Reads the text on the photo measured last from these bytes; absent when text is not read. */
  readText?(loaded: Loaded, onProgress: (progress: number) => void): Promise<ReadTextReply>;
  /** The photo is finished: what was kept for it (decoded pixels) can go. */
  release?(loaded: Loaded): void;
}

export interface PipelineOptions {
  onUpdate(index: number, update: PhotoUpdate): void;
  /** Stops everything without another report (a new listing replaced this one). */
  signal?: AbortSignal;
  /** Photos loaded at once: enough to keep the network busy, few enough not to starve the first (the cover). */
  loadAtOnce?: number;
}

/** Progress shares of each step. */
export const PROGRESS = { loading: 0.02, loaded: 0.1, measuring: 0.15, measured: 0.3 } as const;

/**
 * Checks every photo. Reading text is one photo at a time, in the order photos become ready, so each photo can say
 * "waiting" honestly while another is read.
 */
export async function runPhotoPipeline<Source, Loaded extends LoadedPhoto>(
  sources: readonly Source[],
  steps: PhotoSteps<Source, Loaded>,
  options: PipelineOptions,
): Promise<void> {
  const signal = options.signal ?? new AbortController().signal;
  let ocrTurn: Promise<unknown> = Promise.resolve();
  const readInTurn = (task: () => Promise<void>) => {
    const turn = ocrTurn.then(task);
    ocrTurn = turn.catch(() => undefined);
    return turn;
  };
  let next = 0;
  const runners = Array.from({ length: Math.min(options.loadAtOnce ?? 3, sources.length) }, async () => {
    while (next < sources.length && !signal.aborted) {
      const index = next++;
      await checkOne(sources[index]!, index, steps, { signal, readInTurn, update: (u) => !signal.aborted && options.onUpdate(index, u) });
    }
  });
  await Promise.all(runners);
}

interface Turn {
  signal: AbortSignal;
  readInTurn: (task: () => Promise<void>) => Promise<void>;
  update: (update: PhotoUpdate) => void;
}

async function checkOne<Source, Loaded extends LoadedPhoto>(source: Source, index: number, steps: PhotoSteps<Source, Loaded>, turn: Turn) {
  const { signal, update } = turn;
  update({ stage: 'loading', progress: PROGRESS.loading });
  let loaded: Loaded;
  try {
    loaded = await steps.load(source, signal, index);
  } catch (error) {
    if (signal.aborted) return;
    const known = error instanceof PhotoProblem && Object.keys(error.known).length ? { result: { photo: error.known, metrics: null } } : {};
    const problem = error instanceof PhotoProblem ? error.text : PROBLEMS.unexpected;
    update({ problem, problemFamily: familyOf(problem, 'download'), ...known, stage: 'failed', progress: 1 });
    return;
  }
  try {
    await measureAndRead(loaded, steps, turn);
  } finally {
    steps.release?.(loaded);
  }
}

async function measureAndRead<Loaded extends LoadedPhoto>(loaded: Loaded, steps: PhotoSteps<unknown, Loaded>, turn: Turn) {
  const { signal, update } = turn;
  update({ sellerFile: loaded.sellerFile, progress: PROGRESS.loaded });
  let result = await steps.recall?.(loaded);
  if (signal.aborted) return;
  if (result) {
    update({ result, fromCache: true, progress: PROGRESS.measured });
  } else {
    update({ stage: 'measuring', progress: PROGRESS.measuring });
    const measured = await steps.measure(loaded);
    if (signal.aborted) return;
    result = measured;
    update({ result: measured, progress: PROGRESS.measured });
    // Only measured photos are kept: a failure may be a timeout or a checker that did not start, worth retrying.
    if (measured.metrics) await steps.remember?.(loaded, measured);
  }
  if (!result.metrics) {
    const problem = result.error ?? PROBLEMS.unexpected;
    update({ problem, problemFamily: familyOf(problem, 'read'), stage: 'failed', progress: 1 });
    return;
  }
  const readText = steps.readText;
  if (!readText || result.ocr !== undefined) {
    update({ stage: 'done', progress: 1 });
    return;
  }
  update({ stage: 'waiting' });
  const measured = result;
  await turn.readInTurn(async () => {
    if (signal.aborted) return;
    update({ stage: 'reading' });
    const read = await readText(loaded, (p) => update({ progress: PROGRESS.measured + (1 - PROGRESS.measured) * Math.min(1, Math.max(0, p)) }));
    if (signal.aborted) return;
    if ('ocr' in read) {
      const complete: CachedPhoto = { ...measured, ocr: read.ocr };
      update({ result: complete });
      await steps.remember?.(loaded, complete);
    } else {
      update({ ocrProblem: read.error });
    }
    update({ stage: 'done', progress: 1 });
  });
}

/** One photo as the findings see it: where it came from, whether it is the seller's own file, what was found. */
export interface CheckedPhoto {
  index: number;
  src: string;
  sellerFile: boolean;
  result: CachedPhoto | undefined;
}

/**
 * What the checks get for one photo. The file's format and byte size count only for the seller's own files; the
 * marketplace's copy keeps its type only when it is animated (an animation is the photo, not the encoding).
 */
export function photoForChecks(src: string, facts: PhotoFacts, sellerFile: boolean): DecodedPhoto {
  if (sellerFile) return { src, ...facts };
  const { bytes: _bytes, mime, ...rest } = facts;
  return { src, ...rest, ...(facts.animated && mime ? { mime } : {}) };
}

/** The last step: the photo findings of a listing from what was measured and read (cheap: numbers and text). */
export function photoFindings(profile: ProfileId, photos: readonly CheckedPhoto[], listing?: Listing): PhotoFinding[] {
  const measured: MeasuredPhoto[] = photos.map((p) => ({
    index: p.index,
    photo: photoForChecks(p.src, p.result?.photo ?? {}, p.sellerFile),
    metrics: p.result?.metrics ?? null,
    ocr: p.result?.ocr ?? null,
  }));
  return measured.length ? runPhotoChecks(profile, measured, listing) : [];
}
