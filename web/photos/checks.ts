import { batch, computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { photoSummaries } from '../../shared/ui/photo-summaries';
import { profileFor } from '../../shared/checks/profiles';
import type { BilingualText } from '../../shared/i18n/text';
import type { Listing } from '../../shared/listing/schema';
import { DEFAULT_PHOTO_LIMITS, tooManyBytes } from '../../shared/photos/limits';
import type { CheckedPhoto, LoadedPhoto, PhotoStage, PhotoSteps, PhotoUpdate } from '../../shared/photos/pipeline';
import { PhotoProblem, PROBLEMS } from '../../shared/photos/problems';
import type { CachedPhoto } from '../../shared/photos/results';
import type { PhotoFinding } from '../../shared/photos/types';
import type { OcrModel } from '../ocr/model';
import type { GreyCopy } from './worker-protocol';

/** Photos checked per listing: Shopee takes 9, Tokopedia 10. */
export const MAX_PHOTOS = 12;

type Runner = typeof import('./run');
type WorkerClient = ReturnType<Runner['createPhotoWorkerClient']>;

/** One of the seller's photos on the phone, moving through the shared pipeline's stages. */
export interface PhonePhoto {
  index: number;
  file: Blob;
  stage: Signal<PhotoStage>;
  progress: Signal<number>;
  result: Signal<CachedPhoto | undefined>;
  /** Why the photo could not be checked at all. */
  problem: Signal<BilingualText | undefined>;
  /** Why its text could not be read (the pixel checks still ran). */
  ocrProblem: Signal<BilingualText | undefined>;
}

interface Loaded extends LoadedPhoto {
  file: Blob;
}

export interface PhonePhotoChecksOptions {
  listing: ReadonlySignal<Listing>;
  files: ReadonlySignal<readonly Blob[] | undefined>;
  /** The text reader, once its code is loaded (null before, and the pixel checks run alone). */
  ocr: ReadonlySignal<OcrModel | null>;
  /** Loads run.ts; tests pass it directly. */
  loadRunner?: () => Promise<Runner>;
  /** The photo worker's client (default: the real worker, made on the first photo). */
  worker?: () => WorkerClient;
}

/**
 * The photo checks on the phone, as signals: each photo the seller adds (gallery, camera, a share) goes through the
 * shared photo pipeline, decoded and measured in a worker, its text read by the one OCR worker once the seller has
 * downloaded it. Without the text reader (not downloaded, declined, or it cannot run here) the pixel checks still
 * run, and when it arrives the photos already measured are only read. Findings join the listing's score.
 */
export function createPhonePhotoChecks(options: PhonePhotoChecksOptions) {
  const loadRunner = options.loadRunner ?? (() => import('./run'));
  const runner = signal<Runner | null>(null);
  let client: WorkerClient | null = null;
  const workerClient = () => (client ??= options.worker?.() ?? runner.peek()!.createPhotoWorkerClient());
  const photos = signal<PhonePhoto[]>([]);
  /** Results by file, for this visit: a reread (the text reader arrived) does not measure again. */
  const results = new WeakMap<Blob, CachedPhoto>();
  /** Grey copies waiting for their text to be read. */
  const greys = new WeakMap<Blob, GreyCopy>();
  let current: AbortController | null = null;

  const ocrReady = computed(() => options.ocr.value?.state.value === 'ready');
  const profile = computed(() => profileFor(options.listing.value.marketplace));

  function steps(readText: boolean): PhotoSteps<Blob, Loaded> {
    return {
      async load(file) {
        if (file.size > DEFAULT_PHOTO_LIMITS.maxBytes) throw tooManyBytes(file.size, DEFAULT_PHOTO_LIMITS);
        if (file.size === 0) throw new PhotoProblem(PROBLEMS.empty, { bytes: 0 });
        return { file, bytes: new Uint8Array(await file.arrayBuffer()), sellerFile: true };
      },
      recall: async (loaded) => results.get(loaded.file),
      remember: async (loaded, result) => void results.set(loaded.file, result),
      async measure(loaded) {
        const { reply, grey } = await workerClient().measure(loaded.bytes);
        if (grey) greys.set(loaded.file, grey);
        return reply;
      },
      ...(readText ? { readText: (loaded: Loaded, onProgress: (p: number) => void) => read(loaded, onProgress) } : {}),
      release: (loaded) => void greys.delete(loaded.file),
    };
  }

  async function read(loaded: Loaded, onProgress: (p: number) => void) {
    const ocr = options.ocr.peek();
    const engine = ocr?.engine();
    if (!ocr || !engine) return { error: PROBLEMS.ocrUnavailable };
    let grey = greys.get(loaded.file);
    if (!grey) {
      const again = await workerClient().measure(loaded.bytes);
      if (!again.grey) return { error: again.reply.error ?? PROBLEMS.unexpected };
      grey = again.grey;
    }
    try {
      const result = await engine.recognize(grey.pgm, { width: grey.width, height: grey.height }, (p) => {
        if (p.status === 'recognizing text') onProgress(p.progress);
      });
      return { ocr: result };
    } catch {
      // The worker did not start or broke (memory, an old phone): say so once; the pixel checks stand.
      ocr.cannotRun();
      return { error: PROBLEMS.ocrUnavailable };
    }
  }

  function start(files: readonly Blob[], readText: boolean) {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const entries: PhonePhoto[] = files.slice(0, MAX_PHOTOS).map((file, index) => ({
      index,
      file,
      stage: signal<PhotoStage>('loading'),
      progress: signal(0),
      result: signal(results.get(file)),
      problem: signal(undefined),
      ocrProblem: signal(undefined),
    }));
    photos.value = entries;
    if (!entries.length) return;
    void (async () => {
      runner.value ??= await loadRunner();
      if (controller.signal.aborted) return;
      await runner.value.runPhotoPipeline(
        entries.map((e) => e.file),
        steps(readText),
        { signal: controller.signal, onUpdate: (i, update) => apply(entries[i]!, update) },
      );
    })();
  }

  function apply(entry: PhonePhoto, update: PhotoUpdate) {
    batch(() => {
      if (update.result) entry.result.value = update.result;
      if (update.problem) entry.problem.value = update.problem;
      if (update.ocrProblem) entry.ocrProblem.value = update.ocrProblem;
      if (update.stage) entry.stage.value = update.stage;
      if (update.progress !== undefined) entry.progress.value = update.progress;
    });
  }

  let last: { files: readonly Blob[] | undefined; readText: boolean } | null = null;
  const stop = effect(() => {
    const files = options.files.value;
    const readText = ocrReady.value;
    if (last && last.files === files && last.readText === readText) return;
    last = { files, readText };
    start(files ?? [], readText);
  });

  const checked = computed<CheckedPhoto[]>(() =>
    photos.value.map((p) => ({ index: p.index, src: `${p.index + 1}`, sellerFile: true, result: p.result.value })),
  );
  const findings = computed<PhotoFinding[]>(() => runner.value?.photoFindings(profile.value, checked.value, options.listing.value) ?? []);

  const { measuredIndexes, failedIndexes, texts } = photoSummaries(photos);
  return {
    photos: photos as ReadonlySignal<PhonePhoto[]>,
    checked,
    profile,
    findings,
    measuredIndexes,
    failedIndexes,
    texts,
    /** The heavy half (pipeline, fixer comparison), once a photo brought it. */
    runner: runner as ReadonlySignal<Runner | null>,
    worker: workerClient,
    dispose() {
      stop();
      current?.abort();
      client?.dispose();
    },
  };
}

export type PhonePhotoChecks = ReturnType<typeof createPhonePhotoChecks>;
