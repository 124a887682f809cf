import { computed, type ReadonlySignal } from '@preact/signals';
import type { PhotoStage } from '../photos/pipeline';
import type { CachedPhoto } from '../photos/results';

/** What the score and the suggestions need from a listing's photos, however a page checks them (panel or phone). */
export interface PhotoEntryState {
  index: number;
  stage: ReadonlySignal<PhotoStage>;
  result: ReadonlySignal<CachedPhoto | undefined>;
}

export function photoSummaries(photos: ReadonlySignal<readonly PhotoEntryState[]>) {
  return {
    /** Photos whose pixels were measured: the metadata photo checks stay quiet for them (shared/checks). */
    measuredIndexes: computed(() => photos.value.filter((e) => e.result.value?.metrics).map((e) => e.index)),
    /** Photos that could not be checked: the photo part of the score is then provisional, never counted as 100. */
    failedIndexes: computed(() => photos.value.filter((e) => e.stage.value === 'failed' && !e.result.value?.metrics).map((e) => e.index)),
    /** The text read on each photo that had any: label facts ("Netto 250 g") for Rapi's suggestions. */
    texts: computed(() => photos.value.flatMap((e) => (e.result.value?.ocr?.text.trim() ? [e.result.value.ocr.text] : []))),
  };
}
