import { batch, computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { profileFor } from '../../../shared/checks/profiles';
import type { ProfileId } from '../../../shared/checks/types';
import type { BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import { runPhotoChecks } from '../../../shared/photos/analyze';
import type { MeasuredPhoto } from '../../../shared/photos/registry';
import type { PhotoProblem as GroupedProblem, PhotoProblemFamily } from '../../../shared/photos/problem-groups';
import type { DecodedPhoto, PhotoFinding } from '../../../shared/photos/types';
import { hashImageBytes, type PhotoCache } from '../cache';
import { MAX_PHOTOS, PHOTO_LIMITS, type PhotoLimits } from '../limits';
import { loadPhoto, type PhotoSource } from '../load';
import { PhotoProblem, PROBLEMS, shortSrc } from '../problems';
import type { CachedPhoto } from '../results';
import type { PhotoService } from '../service';

/**
 * The photo checks of the listing the panel shows, as signals. Each photo moves through
 * loading → measuring → waiting → reading → done (or failed, with a message), with its own progress (0–1).
 * Photos are fetched by the panel (extension origin), looked up in the cache by the SHA-256 of their bytes, and
 * otherwise measured and read by the photo checker (offscreen document or this page, see photos/service.ts).
 * Findings are recomputed from the stored results whenever the listing changes, so label reading follows the
 * title as the seller types, without measuring anything again.
 */
export type PhotoStage = 'loading' | 'measuring' | 'waiting' | 'reading' | 'done' | 'failed';

export interface PhotoEntry {
  /** The photo's position in the listing (0 = cover), the index the findings use. */
  index: number;
  /** What the seller sees as the photo's name: the file name, or a short address. */
  label: string;
  source: PhotoSource;
  stage: Signal<PhotoStage>;
  progress: Signal<number>;
  /** A blob: address of the photo's bytes, to show it; undefined until loaded. */
  preview: Signal<string | undefined>;
  /** The seller's own file (dropped, or a form preview): its format and file size are judged too. */
  sellerFile: Signal<boolean>;
  result: Signal<CachedPhoto | undefined>;
  /** Why the photo could not be loaded at all. */
  problem: Signal<BilingualText | undefined>;
  /** What kind of failure, so that nine failed downloads are said once with a count. */
  problemFamily: Signal<PhotoProblemFamily | undefined>;
  /** Why its text could not be read (the pixel checks still ran). */
  ocrProblem: Signal<BilingualText | undefined>;
  fromCache: Signal<boolean>;
}

export interface PhotoChecksOptions {
  listing: ReadonlySignal<Listing>;
  /** Files the seller dropped, one per listing photo; the page's addresses are used when undefined. */
  files: ReadonlySignal<readonly Blob[] | undefined>;
  service: PhotoService;
  cache: PhotoCache;
  limits?: PhotoLimits;
  fetch?: typeof fetch;
  /** Read the text on photos (contacts, promo words, label facts). On by default. */
  readText?: boolean;
  /** Reads a blob: preview of the marketplace's tab (a photo just chosen in the seller form); see photos/load.ts. */
  readPageBlob?: (src: string) => Promise<{ dataUrl?: string; bytes?: number }>;
  /** Turns bytes into an address the checker can fetch; URL.createObjectURL in the browser. */
  toUrl?: (bytes: Uint8Array<ArrayBuffer>) => string;
  revokeUrl?: (url: string) => void;
}

/** Photos loaded at once: enough to keep the network busy, few enough not to starve the first (the cover). */
const LOAD_AT_ONCE = 3;

// Progress shares of each step: loading is quick; reading text takes most of a photo's time.
const AT = { loading: 0.02, loaded: 0.1, measuring: 0.15, measured: 0.3 } as const;

function sourcesOf(listing: Listing, files: readonly Blob[] | undefined): Array<{ index: number; source: PhotoSource; label: string }> {
  const photos = listing.photos ?? [];
  if (files) {
    return files.slice(0, MAX_PHOTOS).map((file, index) => {
      const name = photos[index]?.src ?? (file instanceof File ? file.name : `${index + 1}`);
      return { index, source: { kind: 'file', file, name }, label: name };
    });
  }
  return photos
    .slice(0, MAX_PHOTOS)
    .flatMap((photo, index) => (photo.src ? [{ index, source: { kind: 'url' as const, src: photo.src }, label: shortSrc(photo.src) }] : []));
}

function keyOf(files: readonly Blob[] | undefined, sources: ReturnType<typeof sourcesOf>): unknown {
  return files ?? sources.map((s) => (s.source.kind === 'url' ? s.source.src : '')).join('\n');
}

/**
 * What the checks get for one photo. The file's format and byte size count only for the seller's own files; the
 * marketplace's copy keeps its type only when it is animated (an animation is the photo, not the encoding).
 */
export function checkedPhoto(entry: PhotoEntry): DecodedPhoto {
  const facts = entry.result.value?.photo ?? {};
  const src = entry.source.kind === 'url' ? entry.source.src : entry.source.name;
  if (entry.sellerFile.value) return { src, ...facts };
  const { bytes: _bytes, mime, ...rest } = facts;
  return { src, ...rest, ...(facts.animated && mime ? { mime } : {}) };
}

export function createPhotoChecks(options: PhotoChecksOptions) {
  const limits = options.limits ?? PHOTO_LIMITS;
  const readText = options.readText ?? true;
  const toUrl = options.toUrl ?? ((bytes) => URL.createObjectURL(new Blob([bytes])));
  const revokeUrl = options.revokeUrl ?? ((url) => URL.revokeObjectURL(url));
  const profile = computed<ProfileId>(() => profileFor(options.listing.value.marketplace));

  const photos = signal<PhotoEntry[]>([]);
  let current: AbortController | null = null;
  let previews: string[] = [];

  const sources = computed(() => {
    const files = options.files.value;
    const list = sourcesOf(options.listing.value, files);
    return { key: keyOf(files, list), list };
  });

  function start(list: ReturnType<typeof sourcesOf>) {
    current?.abort();
    for (const url of previews) revokeUrl(url);
    previews = [];
    const controller = new AbortController();
    current = controller;
    const entries: PhotoEntry[] = list.map(({ index, source, label }) => ({
      index,
      label,
      source,
      stage: signal<PhotoStage>('loading'),
      progress: signal(0),
      preview: signal(undefined),
      sellerFile: signal(source.kind === 'file'),
      result: signal(undefined),
      problem: signal(undefined),
      problemFamily: signal(undefined),
      ocrProblem: signal(undefined),
      fromCache: signal(false),
    }));
    photos.value = entries;
    void runAll(entries, controller.signal);
  }

  async function runAll(entries: PhotoEntry[], signal: AbortSignal) {
    // Reading text is one photo at a time, in the order photos become ready (the checker's queue is too, but
    // waiting here lets each photo say "waiting" honestly).
    let ocrTurn: Promise<unknown> = Promise.resolve();
    const readInTurn = (task: () => Promise<void>) => {
      const turn = ocrTurn.then(task);
      ocrTurn = turn.catch(() => undefined);
      return turn;
    };
    let next = 0;
    const runners = Array.from({ length: Math.min(LOAD_AT_ONCE, entries.length) }, async () => {
      while (next < entries.length && !signal.aborted) await checkOne(entries[next++]!, signal, readInTurn);
    });
    await Promise.all(runners);
  }

  async function checkOne(entry: PhotoEntry, signal: AbortSignal, readInTurn: (task: () => Promise<void>) => Promise<void>) {
    entry.progress.value = AT.loading;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      const loaded = await loadPhoto(entry.source, limits, { signal, fetch: options.fetch, readPageBlob: options.readPageBlob });
      bytes = loaded.bytes;
      entry.sellerFile.value = loaded.sellerFile;
    } catch (error) {
      if (signal.aborted) return;
      batch(() => {
        entry.problem.value = error instanceof PhotoProblem ? error.text : PROBLEMS.unexpected;
        entry.problemFamily.value = familyOf(entry.problem.value, 'download');
        if (error instanceof PhotoProblem && Object.keys(error.known).length) entry.result.value = { photo: error.known, metrics: null };
        entry.stage.value = 'failed';
        entry.progress.value = 1;
      });
      return;
    }
    if (signal.aborted) return;
    const url = toUrl(bytes);
    previews.push(url);
    entry.preview.value = url;
    entry.progress.value = AT.loaded;

    const hash = await hashImageBytes(bytes);
    let result = await options.cache.get(hash);
    if (signal.aborted) return;
    if (result) {
      batch(() => {
        entry.result.value = result;
        entry.fromCache.value = true;
        entry.progress.value = AT.measured;
      });
    } else {
      batch(() => {
        entry.stage.value = 'measuring';
        entry.progress.value = AT.measuring;
      });
      const measured = await options.service.measure(url);
      if (signal.aborted) return;
      result = measured;
      entry.result.value = measured;
      entry.progress.value = AT.measured;
      // Only measured photos are kept: a failure may be a timeout or a checker that did not start, worth retrying.
      if (measured.metrics) await options.cache.put(hash, measured);
    }
    if (!result.metrics) {
      batch(() => {
        entry.problem.value = result.error ?? PROBLEMS.unexpected;
        entry.problemFamily.value = familyOf(entry.problem.value, 'read');
        entry.stage.value = 'failed';
        entry.progress.value = 1;
      });
      return;
    }
    if (!readText || result.ocr !== undefined) {
      batch(() => {
        entry.stage.value = 'done';
        entry.progress.value = 1;
      });
      return;
    }
    entry.stage.value = 'waiting';
    const measuredResult = result;
    await readInTurn(async () => {
      if (signal.aborted) return;
      entry.stage.value = 'reading';
      const read = await options.service.readText(url, (p) => {
        if (!signal.aborted) entry.progress.value = AT.measured + (1 - AT.measured) * Math.min(1, Math.max(0, p));
      });
      if (signal.aborted) return;
      if ('ocr' in read) {
        const complete: CachedPhoto = { ...measuredResult, ocr: read.ocr };
        entry.result.value = complete;
        await options.cache.put(hash, complete);
      } else {
        entry.ocrProblem.value = read.error;
      }
      batch(() => {
        entry.stage.value = 'done';
        entry.progress.value = 1;
      });
    });
  }

  let lastKey: unknown;
  const stopWatching = effect(() => {
    const { key, list } = sources.value;
    if (key === lastKey) return;
    lastKey = key;
    start(list);
  });

  /** The photo findings for the listing as it is now (cheap: numbers and text only). */
  const findings = computed<PhotoFinding[]>(() => {
    const measured: MeasuredPhoto[] = photos.value.map((entry) => ({
      index: entry.index,
      photo: checkedPhoto(entry),
      metrics: entry.result.value?.metrics ?? null,
      ocr: entry.result.value?.ocr ?? null,
    }));
    if (!measured.length) return [];
    return runPhotoChecks(profile.value, measured, options.listing.value);
  });

  /** Photos whose pixels were measured: the metadata photo checks stay quiet for them (shared/checks). */
  const measuredIndexes = computed(() => photos.value.filter((e) => e.result.value?.metrics).map((e) => e.index));
  /** Photos that could not be checked: the photo part of the score is then provisional, never counted as 100. */
  const failedIndexes = computed(() => photos.value.filter((e) => e.stage.value === 'failed' && !e.result.value?.metrics).map((e) => e.index));
  /** Every photo that could not be (fully) checked, for one line per kind of failure. */
  const problems = computed<GroupedProblem[]>(() =>
    photos.value.flatMap((e) => [
      ...(e.problem.value ? [{ photo: e.index + 1, src: e.label, message: e.problem.value, family: e.problemFamily.value ?? 'read' }] : []),
      ...(e.ocrProblem.value ? [{ photo: e.index + 1, src: e.label, message: e.ocrProblem.value, family: 'ocr' as const }] : []),
    ]),
  );
  /** The text read on each photo that had any: label facts ("Netto 250 g") for Rapi's suggestions. */
  const texts = computed(() => photos.value.flatMap((e) => (e.result.value?.ocr?.text.trim() ? [e.result.value.ocr.text] : [])));
  const busy = computed(() => photos.value.some((e) => e.stage.value !== 'done' && e.stage.value !== 'failed'));

  return {
    photos: photos as ReadonlySignal<PhotoEntry[]>,
    findings,
    measuredIndexes,
    failedIndexes,
    texts,
    problems,
    busy,
    dispose() {
      stopWatching();
      current?.abort();
      for (const url of previews) revokeUrl(url);
      previews = [];
    },
  };
}

export type PhotoChecksModel = ReturnType<typeof createPhotoChecks>;

/** The kind of a failure from its message: a photo too large, a file Rapi cannot read, or one it could not download. */
function familyOf(problem: BilingualText, stage: PhotoProblemFamily): PhotoProblemFamily {
  if (/^The photo is too large/.test(problem.en)) return 'size';
  if ([PROBLEMS.empty, PROBLEMS.notAPhoto, PROBLEMS.heic, PROBLEMS.corrupt].includes(problem as never) || /files cannot be read/.test(problem.en)) return 'read';
  return stage;
}
