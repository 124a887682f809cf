import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Finding, Report } from '../../checks/types';
import type { Listing } from '../../listing/schema';
import { suggestListing, type Suggestion } from '../../suggest';
import { fillIn, type Answer, type Answers, type Filled } from '../../suggest/fill';
import { findingsOnFilled } from '../../suggest/verify';
import type { PlaceholderKey } from '../../suggest/placeholders';
import type { BilingualText } from '../../i18n/text';
import { SUGGEST_COPY } from './copy';

export type SuggestionPart = 'title' | 'description';

/**
 * Rapi's suggested title and description for the listing on screen, and the seller's answers to their placeholders,
 * as signals. The suggestion follows every edit (it is made from the same report); the answers are kept by
 * placeholder, so what the seller typed for "[berat bersih]" stays while the rest changes.
 */
export function createSuggestionModel(input: {
  listing: ReadonlySignal<Listing>;
  report: ReadonlySignal<Report | null>;
  /** Text read on the listing's photos (packaging labels). */
  photoTexts?: ReadonlySignal<readonly string[]>;
}) {
  const answers = signal<Answers>({});
  /** What just happened to a part ("Disalin", "Dipakai"), said once, politely. */
  const notice = signal<{ part: SuggestionPart; text: BilingualText; failed?: boolean } | null>(null);
  const suggestion = computed<Suggestion | null>(() => {
    const report = input.report.value;
    if (!report) return null;
    const photoTexts = input.photoTexts?.value ?? [];
    return suggestListing(input.listing.value, { report, ...(photoTexts.length ? { photoTexts } : {}) });
  });
  /** The title is good when the checklist has no title finding: Rapi says so instead of suggesting. */
  const titleGood = computed(() => Boolean(input.report.value) && !input.report.value!.findings.some((f) => f.area === 'judul') && !suggestion.value?.title);
  const filled = (part: SuggestionPart, lang: 'id' | 'en'): Filled | null => {
    const text = suggestion.value?.[part]?.[lang];
    return text ? fillIn(text, answers.value, part) : null;
  };
  /**
   * What the checks still find on the part as the seller filled it (a title left under 40 characters by short answers):
   * said before "Pakai", so the seller can add to it. Empty while placeholders are left.
   */
  const stillFlagged = (part: SuggestionPart, lang: 'id' | 'en'): Finding[] => {
    const done = filled(part, lang);
    const report = input.report.value;
    if (!done || done.left.length || !report) return [];
    return findingsOnFilled(input.listing.value, report.profile, part, done.text, [part === 'title' ? 'judul' : 'deskripsi']);
  };
  return {
    suggestion,
    stillFlagged,
    answers: answers as ReadonlySignal<Answers>,
    notice: notice as ReadonlySignal<{ part: SuggestionPart; text: BilingualText; failed?: boolean } | null>,
    titleGood,
    filled,
    answer(key: PlaceholderKey, next: Answer) {
      answers.value = { ...answers.value, [key]: next };
      notice.value = null;
    },
    /** Copies the filled part; a browser that refuses leaves the text to be selected and copied by hand. */
    async copy(part: SuggestionPart, text: string, write: (text: string) => Promise<void> = (t) => navigator.clipboard.writeText(t)) {
      try {
        await write(text);
        notice.value = { part, text: SUGGEST_COPY.copied };
      } catch {
        notice.value = { part, text: SUGGEST_COPY.copyFailed, failed: true };
      }
    },
    said(part: SuggestionPart, text: BilingualText) {
      notice.value = { part, text };
    },
  };
}

export type SuggestionModel = ReturnType<typeof createSuggestionModel>;
