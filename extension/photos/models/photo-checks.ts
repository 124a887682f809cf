import { batch, computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { photoSummaries } from '../../../shared/ui/photo-summaries';
import { profileFor } from '../../../shared/checks/profiles';
import type { ProfileId } from '../../../shared/checks/types';
import type { BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import { photoFindings, runPhotoPipeline, type CheckedPhoto, type LoadedPhoto, type PhotoStage, type PhotoSteps, type PhotoUpdate } from '../../../shared/photos/pipeline';
import type { PhotoProblem as GroupedProblem, PhotoProblemFamily } from '../../../shared/photos/problem-groups';
import { shortSrc } from '../../../shared/photos/problems';
import type { CachedPhoto } from '../../../shared/photos/results';
import type { PhotoFinding } from '../../../shared/photos/types';
import { hashImageBytes, type PhotoCache } from '../cache';
import { MAX_PHOTOS, PHOTO_LIMITS, type PhotoLimits } from '../limits';
import { loadPhoto, type PhotoSource } from '../load';
import type { PhotoService } from '../service';

/**
 * The photo checks of the listing the panel shows, as signals over the shared photo pipeline
 * (shared/photos/pipeline.ts): each photo moves through loading → measuring → waiting → reading → done (or failed,
 * with a message), with its own progress (0–1). Photos are fetched by the panel (extension origin), looked up in the
 * cache by the SHA-256 of their bytes, and otherwise measured and read by the photo checker (offscreen document or
 * this page, see photos/service.ts). Findings are recomputed from the stored results whenever the listing changes,
 * so label reading follows the title as the seller types, without measuring anything again.
 */
export type { PhotoStage };

/** A photo the panel loaded: its bytes, a blob: address the checker opens, and the cache key. */
interface PanelPhoto extends LoadedPhoto {
  url: string;
  hash: string;
}

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

const srcOf = (entry: PhotoEntry) => (entry.source.kind === 'url' ? entry.source.src : entry.source.name);

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
    void runPhotoPipeline(entries, stepsFor(), { signal: controller.signal, onUpdate: (i, update) => apply(entries[i]!, update) });
  }

  /** The pipeline's steps in the panel: fetch here, look up the cache, decode and read in the photo checker. */
  function stepsFor(): PhotoSteps<PhotoEntry, PanelPhoto> {
    return {
      async load(entry, signal) {
        const loaded = await loadPhoto(entry.source, limits, { signal, fetch: options.fetch, readPageBlob: options.readPageBlob });
        if (signal.aborted) throw signal.reason;
        const url = toUrl(loaded.bytes);
        previews.push(url);
        entry.preview.value = url;
        return { ...loaded, url, hash: await hashImageBytes(loaded.bytes) };
      },
      recall: (photo) => options.cache.get(photo.hash),
      remember: (photo, result) => options.cache.put(photo.hash, result),
      measure: (photo) => options.service.measure(photo.url),
      ...(readText ? { readText: (photo: PanelPhoto, onProgress: (p: number) => void) => options.service.readText(photo.url, onProgress) } : {}),
    };
  }

  function apply(entry: PhotoEntry, update: PhotoUpdate) {
    batch(() => {
      if (update.sellerFile !== undefined) entry.sellerFile.value = update.sellerFile;
      if (update.result) entry.result.value = update.result;
      if (update.fromCache !== undefined) entry.fromCache.value = update.fromCache;
      if (update.problem) entry.problem.value = update.problem;
      if (update.problemFamily) entry.problemFamily.value = update.problemFamily;
      if (update.ocrProblem) entry.ocrProblem.value = update.ocrProblem;
      if (update.stage) entry.stage.value = update.stage;
      if (update.progress !== undefined) entry.progress.value = update.progress;
    });
  }

  let lastKey: unknown;
  const stopWatching = effect(() => {
    const { key, list } = sources.value;
    if (key === lastKey) return;
    lastKey = key;
    start(list);
  });

  /** The photos as the checks see them now. */
  const checked = computed<CheckedPhoto[]>(() =>
    photos.value.map((entry) => ({ index: entry.index, src: srcOf(entry), sellerFile: entry.sellerFile.value, result: entry.result.value })),
  );
  /** The photo findings for the listing as it is now (cheap: numbers and text only). */
  const findings = computed<PhotoFinding[]>(() => photoFindings(profile.value, checked.value, options.listing.value));

  /** Every photo that could not be (fully) checked, for one line per kind of failure. */
  const problems = computed<GroupedProblem[]>(() =>
    photos.value.flatMap((e) => [
      ...(e.problem.value ? [{ photo: e.index + 1, src: e.label, message: e.problem.value, family: e.problemFamily.value ?? 'read' }] : []),
      ...(e.ocrProblem.value ? [{ photo: e.index + 1, src: e.label, message: e.ocrProblem.value, family: 'ocr' as const }] : []),
    ]),
  );
  const { measuredIndexes, failedIndexes, texts } = photoSummaries(photos);
  const busy = computed(() => photos.value.some((e) => e.stage.value !== 'done' && e.stage.value !== 'failed'));

  return {
    photos: photos as ReadonlySignal<PhotoEntry[]>,
    checked,
    profile,
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
