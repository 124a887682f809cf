import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { BilingualText } from '../../shared/i18n/text';
import type { FixOutcome } from '../../shared/photos/fix/outcome';
import { PROBLEMS } from '../../shared/photos/problems';
import type { PhotoFinding } from '../../shared/photos/types';
import type { PhonePhoto, PhonePhotoChecks } from './checks';

/** One photo's fix as the phone shows it. */
export type PhoneFixState =
  | { stage: 'idle' }
  | { stage: 'working' }
  | { stage: 'failed'; error: BilingualText }
  | { stage: 'done'; url: string; file: File; outcome: FixOutcome };

/** What sharing the fixed photo came to: shared, cancelled by the seller, or not possible in this browser. */
export type ShareOutcome = 'shared' | 'cancelled' | 'unsupported' | 'failed';

export interface PhoneFixerOptions {
  checks: PhonePhotoChecks;
  listing: ReadonlySignal<import('../../shared/listing/schema').Listing>;
  /** The browser's Web Share API (navigator), absent where it has none. */
  share?: Pick<Navigator, 'share' | 'canShare'> | undefined;
  /** Puts the fixed copy in the draft in place of photo `index` (web/check/model.ts). */
  use?: (index: number, file: File) => Promise<void>;
  toUrl?: (blob: Blob) => string;
  revokeUrl?: (url: string) => void;
}

/**
 * "Perbaiki foto" on the phone: a fixed copy made in the photo worker (shared/photos/fix), its checks next to the
 * original's, and the copy ready to save to the phone or share straight into the seller app (Web Share API, files).
 * The seller's own photo is never changed.
 */
export function createPhoneFixer(options: PhoneFixerOptions) {
  const share = options.share === undefined && typeof navigator !== 'undefined' ? navigator : options.share;
  const toUrl = options.toUrl ?? ((blob) => URL.createObjectURL(blob));
  const revokeUrl = options.revokeUrl ?? ((url) => URL.revokeObjectURL(url));
  const states = new WeakMap<PhonePhoto, Signal<PhoneFixState>>();
  const made: string[] = [];
  /** The fixed copy the draft now holds and its place, to say so while it is there. */
  const used = signal<{ index: number; file: File } | null>(null);

  function stateOf(photo: PhonePhoto): Signal<PhoneFixState> {
    let state = states.get(photo);
    if (!state) states.set(photo, (state = signal<PhoneFixState>({ stage: 'idle' })));
    return state;
  }

  return {
    used: used as ReadonlySignal<{ index: number; file: File } | null>,
    stateOf: (photo: PhonePhoto) => stateOf(photo) as ReadonlySignal<PhoneFixState>,

    /** Whether to offer the fixer for a checked photo, given its findings. */
    offers(photo: PhonePhoto, findings: readonly PhotoFinding[]): boolean {
      const runner = options.checks.runner.value;
      if (!runner || photo.stage.value !== 'done') return false;
      return runner.canFix(findings.filter((f) => f.photoIndex === photo.index));
    },

    async fix(photo: PhonePhoto): Promise<void> {
      const state = stateOf(photo);
      const runner = options.checks.runner.peek();
      if (state.value.stage === 'working') return;
      if (!runner) {
        state.value = { stage: 'failed', error: PROBLEMS.unexpected };
        return;
      }
      state.value = { stage: 'working' };
      const answer = await options.checks.worker().fix(new Uint8Array(await photo.file.arrayBuffer()));
      if ('error' in answer) {
        state.value = { stage: 'failed', error: answer.error };
        return;
      }
      const { fixed } = answer;
      const file = new File([fixed.jpeg], fixedName(photo), { type: 'image/jpeg' });
      const url = toUrl(file);
      made.push(url);
      const outcome = runner.fixOutcome(options.checks.profile.peek(), options.checks.checked.peek(), photo.index, fixed, options.listing.peek());
      state.value = { stage: 'done', url, file, outcome };
    },

    /** Whether this browser can hand a photo file to another app (Android's share sheet). */
    canShare(file: File): boolean {
      try {
        return Boolean(share?.share && share.canShare?.({ files: [file] }));
      } catch {
        return false;
      }
    },

    async share(file: File): Promise<ShareOutcome> {
      if (!this.canShare(file)) return 'unsupported';
      try {
        await share!.share({ files: [file] });
        return 'shared';
      } catch (error) {
        return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
      }
    },

    /** The draft takes the fixed copy in the original's place; the original stays in the seller's gallery. */
    async useInDraft(photo: PhonePhoto, file: File): Promise<void> {
      if (!options.use) return;
      await options.use(photo.index, file);
      used.value = { index: photo.index, file };
    },

    dispose() {
      for (const url of made.splice(0)) revokeUrl(url);
    },
  };
}

export type PhoneFixer = ReturnType<typeof createPhoneFixer>;

/** "keripik-rapi.jpg" from the photo's own file name, "foto-3-rapi.jpg" when it has none. */
export function fixedName(photo: Pick<PhonePhoto, 'file' | 'index'>): string {
  const name = photo.file instanceof File ? photo.file.name : '';
  const base = name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || `foto-${photo.index + 1}`}-rapi.jpg`;
}
