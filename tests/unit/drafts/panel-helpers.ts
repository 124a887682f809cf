// Dexie needs a global indexedDB before it loads (tests import 'fake-indexeddb/auto' first); each panel gets its own database.
import { signal } from '@preact/signals';
import { Listing } from '../../../shared/listing/schema';
import type { PageInfo } from '../../../shared/marketplaces/types';
import { createReportModel } from '../../../shared/ui/checklist/report';
import { storageJournal, type Journal } from '../../../shared/drafts/journal';
import type { KeyMemory } from '../../../extension/drafts/models/manual-key-memory';
import { createPanelDrafts } from '../../../extension/drafts/models/panel-drafts';
import { type DraftKey, type DraftService } from '../../../shared/drafts/service';
import { createExtensionDraftService } from '../../../extension/drafts/service';
import { createListingEditor, type EditorBase } from '../../../shared/ui/listing-editor';
import type { FormValues, WriteResult } from '../../../extension/messaging/protocol';
import { sleep } from '../helpers/wait';
import { fakeIndexedDB, freshDB, memoryStorage, type FakeIDB } from '../storage/helpers';

/** The side panel's drafts on a device the tests control (panel-drafts.test.ts, apply-to-form.test.ts). */
export const FORM: PageInfo = { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' };
export const FORM_KEY = 'shopee:form:shopee-seller:new';
export const PRODUCT: PageInfo = { site: 'shopee', kind: 'product', itemId: '123', shopId: '456' };

export const formListing = Listing.parse({ marketplace: 'shopee', title: 'Kopi Gayo', description: 'Kopi arabika dari Gayo.', price: 45000, stock: 120, weightGrams: 300 });
export const formBase: EditorBase = { key: 'tab7|shopee|seller-form|form', listing: formListing, fields: { title: 'read', description: 'read', price: 'read', stock: 'read', weightGrams: 'read' }, problems: [], loginWall: false };
export const productBase: EditorBase = {
  key: 'tab7|shopee|product|123',
  listing: Listing.parse({ marketplace: 'shopee', title: 'KOPI MURAH', price: 30000 }),
  fields: { title: 'read', price: 'read' },
  problems: [],
  loginWall: false,
};

export const NEW_TITLE = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';
export const NEW_DESCRIPTION = 'Kopi arabika dari dataran tinggi Gayo, Aceh.\nBerat bersih: 250 gr';

function memoryKeys(): KeyMemory {
  let key: DraftKey | null = null;
  return { get: () => key, set: (k) => void (key = k) };
}

/** What the browser keeps between panels: one IndexedDB, one localStorage (journal and the manual key). */
export function device() {
  const idb = fakeIndexedDB();
  const storage = memoryStorage();
  return { idb, journal: storageJournal(storage), memory: memoryKeys(), writes: [] as FormValues[] };
}
export type Device = ReturnType<typeof device>;

/**
 * One side panel: its own database connection, editor and drafts model, on the same device. `write` stands in
 * for the seller form (what the content script's applyToSellerForm answers).
 */
export function openPanel(
  dev: Device,
  options: { page?: PageInfo | null; base?: EditorBase; debounceMs?: number; write?: (v: FormValues) => Promise<WriteResult>; journal?: Journal } = {},
) {
  const service: DraftService = createExtensionDraftService(freshDB(dev.idb as FakeIDB));
  const editor = createListingEditor();
  const page = signal<PageInfo | null>(null);
  const report = createReportModel(editor.listing);
  const drafts = createPanelDrafts({
    service,
    editor,
    page,
    report: report.report,
    journal: options.journal ?? dev.journal,
    memory: dev.memory,
    timing: { debounceMs: options.debounceMs ?? 20, maxWaitMs: options.debounceMs ?? 2000 },
    writeForm:
      options.write ??
      (async (values) => {
        dev.writes.push(values);
        return { applied: Object.keys(values), missing: [], problems: [] };
      }),
  });
  // As the panel does: the page arrives after the panel opened.
  if (options.page !== null) {
    page.value = options.page ?? FORM;
    editor.load(options.base ?? formBase);
  }
  return { service, editor, page, report, drafts };
}
export type Panel = ReturnType<typeof openPanel>;

export const statusOf = (panel: Panel) => panel.drafts.session.value?.status.value;

/** Types like a person; returns right after the last keystroke (no pause after it), so "Saving…" can be seen. */
export async function typeTitle(panel: Panel, text: string, gapMs = 15) {
  for (let i = 1; i <= text.length; i++) {
    if (i > 1) await sleep(gapMs);
    panel.editor.edit('title', text.slice(0, i));
  }
}
