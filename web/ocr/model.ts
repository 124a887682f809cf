import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { BilingualText } from '../../shared/i18n/text';
import { OCR_COPY } from './copy';
import { coreVariant, downloadOcr, isDownloaded, OcrDownloadError, type DownloadDeps } from './download';
import { createPhoneOcr, type PhoneOcr } from './engine';
import { filesFor, totalBytes, type CoreVariant } from './files';

/**
 * idle: no photo yet, nothing asked. ask: a photo came and the text reader is not here: ask first, with its size.
 * downloading / ready / declined (the seller said no: the pixel checks run without it) / failed (say why).
 */
export type OcrState = 'checking' | 'idle' | 'ask' | 'downloading' | 'ready' | 'declined' | 'failed';

const CONSENT = 'rapi:ocr-consent';

export interface OcrModelDeps extends DownloadDeps {
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  variant?: () => Promise<CoreVariant>;
  createOcr?: typeof createPhoneOcr;
}

/** Reading text on photos on a phone: downloaded only when the seller first adds a photo and agrees, then cached. */
export function createOcrModel(deps: OcrModelDeps) {
  const state = signal<OcrState>('checking');
  const progress = signal<{ done: number; total: number }>({ done: 0, total: 0 });
  const problem = signal<BilingualText | null>(null);
  /** What this phone would download (its own core only). */
  const size = signal(0);
  let variant: CoreVariant = 'plain';
  let engine: PhoneOcr | null = null;
  let controller: AbortController | null = null;
  let photosWaiting = false;

  const consent = () => {
    try {
      return deps.storage?.getItem(CONSENT) ?? null;
    } catch {
      return null;
    }
  };
  const remember = (value: 'yes' | 'no') => {
    try {
      deps.storage?.setItem(CONSENT, value);
    } catch {
      // asked again next visit
    }
  };

  const ready: Promise<void> = (async () => {
    variant = await (deps.variant ?? coreVariant)();
    const files = filesFor(variant);
    size.value = totalBytes(files);
    const here = await isDownloaded(deps, files);
    state.value = here ? 'ready' : photosWaiting ? (consent() === 'no' ? 'declined' : 'ask') : 'idle';
  })();

  async function download() {
    controller?.abort();
    controller = new AbortController();
    batch(() => {
      state.value = 'downloading';
      problem.value = null;
    });
    try {
      await downloadOcr(deps, variant, (done, total) => (progress.value = { done, total }), controller.signal);
      state.value = 'ready';
    } catch (error) {
      const reason = error instanceof OcrDownloadError ? error.reason : 'network';
      batch(() => {
        problem.value = OCR_COPY[reason];
        state.value = reason === 'stopped' ? 'declined' : 'failed';
      });
    } finally {
      controller = null;
    }
  }

  return {
    state: state as ReadonlySignal<OcrState>,
    progress: progress as ReadonlySignal<{ done: number; total: number }>,
    problem: problem as ReadonlySignal<BilingualText | null>,
    size: size as ReadonlySignal<number>,
    ready,
    /** A photo was added: ask for the download if it is not here and the seller has not said no. */
    async photosAdded() {
      photosWaiting = true;
      await ready;
      if (state.peek() === 'idle') state.value = consent() === 'no' ? 'declined' : 'ask';
    },
    async accept() {
      remember('yes');
      await download();
    },
    decline() {
      remember('no');
      state.value = 'declined';
    },
    stop() {
      controller?.abort();
    },
    /** The OCR to read photos with, once the files are here; null otherwise (the pixel checks run alone). */
    engine(): PhoneOcr | null {
      if (state.peek() !== 'ready') return null;
      engine ??= (deps.createOcr ?? createPhoneOcr)({ base: deps.base, variant });
      return engine;
    },
    /** OCR failed on this phone (the worker did not start): say so once; the pixel checks keep running. */
    cannotRun() {
      batch(() => {
        problem.value = OCR_COPY.cannotRun;
        state.value = 'failed';
      });
      void engine?.terminate();
      engine = null;
    },
  };
}

export type OcrModel = ReturnType<typeof createOcrModel>;
