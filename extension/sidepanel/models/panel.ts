import { computed, effect, signal } from '@preact/signals';
import { bi, type BilingualText } from '../../../shared/i18n/text';
import type { Marketplace } from '../../../shared/listing/schema';
import { createReportModel } from '../../../shared/ui/checklist/report';
import { createSuggestionModel } from '../../../shared/ui/suggest/model';
import { createLangModel } from '../../kit/lang';
import { createListingEditor, type EditorBase } from '../../../shared/ui/listing-editor';
import type { PanelListing, PanelOrigin, PanelSections } from '../../kit/panel-section';
import { isReadable, unreadableReasons } from '../../messaging/extraction';
import type { ExtractionPayload, FormValues, TabState, WritableField, WriteResult } from '../../messaging/protocol';
import { MessageError, sendToBackground } from '../../messaging/service';
import { photosFromFiles } from '../../../shared/ui/photo-files';
import { createTabSource } from './tab-source';

/** Same page (keep the seller's edits across re-reads) or another page (start over). */
export function pageKey(state: TabState): string {
  const { page } = state;
  let path = state.url;
  try {
    const url = new URL(state.url);
    path = url.origin + url.pathname;
  } catch {
    // keep the raw URL
  }
  return [state.tabId, page.site, page.kind, page.itemId ?? path].join('|');
}

export function baseFromExtraction(key: string, extraction: ExtractionPayload): EditorBase {
  return {
    key,
    listing: extraction.listing,
    fields: extraction.fields,
    problems: extraction.problems,
    loginWall: extraction.loginWall,
  };
}

/**
 * Everything the side panel shows, as signals, built once outside the components:
 * the language, which tab is shown and what was read there, the editable listing and its checklist, and the
 * sections other features add (photo checks, draft, showcase, session), which it builds here and disposes.
 */
export function createPanelModel(options: { fixedTabId?: number; sections: PanelSections }) {
  const lang = createLangModel();
  const source = createTabSource(options.fixedTabId);
  const editor = createListingEditor();
  const photos = options.sections.photos({
    listing: editor.listing,
    files: editor.droppedFiles,
    // Photos just chosen in the seller form are blob: previews only the tab can open.
    readPageBlob: async (src) => {
      const tabId = source.tabId.value;
      if (tabId === null) return {};
      return sendToBackground('photo:page-blob', { tabId, src });
    },
  });
  const checks = createReportModel(editor.listing, photos);
  /** "Judul usulan" and "Deskripsi usulan" for what the editor holds, with the seller's answers to their placeholders. */
  const suggestions = createSuggestionModel({ listing: editor.listing, report: checks.report, ...(photos.texts ? { photoTexts: photos.texts } : {}) });
  /** The seller chose to type a listing instead of reading the page. */
  const manualChosen = signal(false);
  const photoProblems = signal<BilingualText[]>([]);
  /** The last write into the seller form: what was asked, and what the form took. */
  const formResult = signal<{ fields: WritableField[]; result: WriteResult } | null>(null);

  const extraction = computed(() => (manualChosen.value ? null : (source.state.value?.extraction ?? null)));
  const stopLoading = effect(() => {
    const state = source.state.value;
    const read = extraction.value;
    if (read && state) editor.load(baseFromExtraction(pageKey(state), read));
    else if (!editor.manual.peek()) editor.startManual(marketplaceOf(state));
  });

  /** What the panel is showing, for the banner at the top. */
  const view = computed(() => {
    if (source.loading.value) return 'loading' as const;
    if (manualChosen.value) return 'manual' as const;
    const state = source.state.value;
    if (!state) return 'no-page' as const;
    if (!state.extraction) return 'no-listing' as const;
    return isReadable(state.extraction) ? ('page' as const) : ('unreadable' as const);
  });
  const reasons = computed(() => {
    const read = extraction.value;
    return read && !isReadable(read) ? unreadableReasons(read) : [];
  });
  /** Partly read pages say what could not be read, even when the title was found. */
  const problems = computed(() => (view.value === 'page' ? (extraction.value?.problems ?? []) : []));
  /** Fields the page and the marketplace's own data disagree on: said plainly, not hidden among the problems. */
  const conflicts = computed(() => (view.value === 'page' ? (extraction.value?.conflicts ?? []) : []));
  const onSellerForm = computed(() => !manualChosen.value && source.state.value?.page.kind === 'seller-form');
  /** What the sections see of the panel. */
  const shown: PanelListing = {
    editor,
    report: checks.report,
    photos,
    origin: computed<PanelOrigin>(() => (view.value === 'manual' ? 'manual' : onSellerForm.value ? 'seller-form' : 'page')),
    url: computed(() => (view.value === 'manual' ? undefined : source.state.value?.url)),
    page: computed(() => (manualChosen.value ? null : (source.state.value?.page ?? null))),
    writeForm: async (values: FormValues): Promise<WriteResult> => {
      const tabId = source.tabId.peek();
      if (tabId === null) throw new MessageError(COULD_NOT_WRITE);
      return sendToBackground('form:apply', { tabId, values });
    },
  };
  /** The seller's draft of what the panel shows: offer to continue, autosave, apply to the seller form. */
  const drafts = options.sections.drafts(shown);
  /** "Tambah ke etalase", "Tambah ke sesi": after the checklist. */
  const more = options.sections.more.map((section) => section(shown));

  return {
    lang,
    source,
    editor,
    photos,
    checks,
    suggestions,
    view,
    reasons,
    problems,
    conflicts,
    onSellerForm,
    drafts,
    more,
    photoProblems,
    formResult,
    chooseManual(marketplace: Marketplace = marketplaceOf(source.state.value)) {
      manualChosen.value = true;
      editor.startManual(marketplace);
    },
    backToPage() {
      manualChosen.value = false;
    },
    async dropPhotos(files: readonly File[]) {
      const dropped = await photosFromFiles(files);
      photoProblems.value = dropped.problems;
      editor.setPhotos(dropped.photos.length ? dropped.photos : undefined, dropped.files);
    },
    /** Writes the seller's values for these fields into the seller-centre form in the tab. */
    async writeToForm(fields: WritableField[]) {
      const tabId = source.tabId.value;
      if (tabId === null) return;
      const listing = editor.listing.value;
      const values: FormValues = {};
      for (const field of fields) (values as Record<string, unknown>)[field] = listing[field] ?? (field === 'title' || field === 'description' ? '' : undefined);
      try {
        const result = await sendToBackground('form:apply', { tabId, values });
        formResult.value = { fields, result };
        // Written fields are now in the form: once the next read of the form brings them back, they show as "read".
        drafts.expectWritten(result.applied);
      } catch (error) {
        const problem = error instanceof MessageError ? error.text : COULD_NOT_WRITE;
        formResult.value = { fields, result: { applied: [], missing: fields, problems: [problem] } };
      }
    },
    dispose() {
      for (const section of more) section.dispose();
      drafts.dispose();
      stopLoading();
      photos.dispose();
      source.stop();
      lang.stop();
    },
  };
}

const COULD_NOT_WRITE = bi('Rapi tidak bisa menulis ke formulir.', 'Rapi could not write into the form.');

function marketplaceOf(state: TabState | null): Marketplace {
  const site = state?.page.site;
  return site === 'shopee' || site === 'tokopedia' ? site : 'other';
}

export type PanelModel = ReturnType<typeof createPanelModel>;
