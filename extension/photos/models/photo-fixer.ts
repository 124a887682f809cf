import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ProfileId } from '../../../shared/checks/types';
import type { BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import type { FixPlan } from '../../../shared/photos/fix/plan';
import { canFix, fixOutcome, type FixOutcome } from '../../../shared/photos/fix/outcome';
import type { CheckedPhoto } from '../../../shared/photos/pipeline';
import { PROBLEMS } from '../../../shared/photos/problems';
import type { PhotoFacts } from '../../../shared/photos/results';
import type { PhotoFinding } from '../../../shared/photos/types';
import { createFixClient, type FixClient } from '../fix-client';
import { PHOTO_LIMITS } from '../limits';
import type { PhotoEntry } from './photo-checks';

/** One photo's fix, as the panel shows it. */
export type FixState =
  | { stage: 'idle' }
  | { stage: 'working' }
  | { stage: 'failed'; error: BilingualText }
  | {
      stage: 'done';
      /** A blob: address of the fixed JPEG, to show, download and drag. */
      url: string;
      /** The same JPEG as a file, for dragging it into an upload box. */
      file: File;
      fileName: string;
      photo: PhotoFacts;
      plan: FixPlan;
      outcome: FixOutcome;
    };

export interface PhotoFixerOptions {
  listing: ReadonlySignal<Listing>;
  profile: ReadonlySignal<ProfileId>;
  /** The listing's photos as the checks see them now (the fixed one is checked among them). */
  checked: ReadonlySignal<CheckedPhoto[]>;
  client?: FixClient;
  toUrl?: (bytes: Uint8Array<ArrayBuffer>) => string;
  revokeUrl?: (url: string) => void;
}

/**
 * "Perbaiki foto" in the panel's photo section: for a photo flagged for its shape, size, frame or backdrop (or too
 * large to check at all), a fixed copy made in a worker (shared/photos/fix through fix-client.ts), its checks run
 * again next to the original's, and the copy ready to download or drag into Seller Centre. The seller's own photo
 * is never changed.
 */
export function createPhotoFixer(options: PhotoFixerOptions) {
  const client = options.client ?? createFixClient();
  const toUrl = options.toUrl ?? ((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' })));
  const revokeUrl = options.revokeUrl ?? ((url) => URL.revokeObjectURL(url));
  /** Per photo entry: a new listing brings new entries, so old fixes fall away with them. */
  const states = new WeakMap<PhotoEntry, Signal<FixState>>();
  const made: string[] = [];

  function stateOf(entry: PhotoEntry): Signal<FixState> {
    let state = states.get(entry);
    if (!state) states.set(entry, (state = signal<FixState>({ stage: 'idle' })));
    return state;
  }

  /** The checks could not open a photo this large: fixing it makes a photo they can. */
  function tooLargeToCheck(entry: PhotoEntry): boolean {
    const facts = entry.result.value?.photo;
    return !entry.result.value?.metrics && Boolean(facts?.width && facts.height && facts.width * facts.height > PHOTO_LIMITS.maxPixels);
  }

  return {
    stateOf: (entry: PhotoEntry) => stateOf(entry) as ReadonlySignal<FixState>,

    /** Whether to offer the fixer for this photo, given its findings. */
    offers(entry: PhotoEntry, findings: readonly PhotoFinding[]): boolean {
      return Boolean(entry.preview.value) && canFix(findings, tooLargeToCheck(entry));
    },

    async fix(entry: PhotoEntry): Promise<void> {
      const state = stateOf(entry);
      const source = entry.preview.value;
      if (state.value.stage === 'working') return;
      if (!source) {
        state.value = { stage: 'failed', error: PROBLEMS.unexpected };
        return;
      }
      state.value = { stage: 'working' };
      const answer = await client.fix(source);
      if ('error' in answer) {
        state.value = { stage: 'failed', error: answer.error };
        return;
      }
      const { fixed } = answer;
      const url = toUrl(fixed.jpeg);
      made.push(url);
      const fileName = fixedName(entry);
      state.value = {
        stage: 'done',
        url,
        file: new File([fixed.jpeg], fileName, { type: 'image/jpeg' }),
        fileName,
        photo: fixed.photo,
        plan: fixed.plan,
        outcome: fixOutcome(options.profile.value, options.checked.value, entry.index, fixed, options.listing.value),
      };
    },

    dispose() {
      client.dispose();
      for (const url of made.splice(0)) revokeUrl(url);
    },
  };
}

export type PhotoFixerModel = ReturnType<typeof createPhotoFixer>;

/** "sampul-rapi.jpg" from the photo's own file name, "foto-3-rapi.jpg" when it has none. */
export function fixedName(entry: PhotoEntry): string {
  const { source } = entry;
  const name = source.kind === 'file' ? source.name : source.src.startsWith('data:') ? '' : (source.src.split(/[/?#]/).filter(Boolean).at(-1) ?? '');
  const base = name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base && !/^(blob|data)$/i.test(base) ? base : `foto-${entry.index + 1}`}-rapi.jpg`;
}
