import { batch, computed, effect, signal } from '@preact/signals';
import type { Listing } from '../../../shared/listing/schema';
import type { ShowcaseFeed } from '../../../shared/feed/schema';
import type { BilingualText } from '../../../shared/i18n/text';
import type { ShowcaseItemRow } from '../../storage/showcase-items-table';
import type { ShowcaseRow } from '../../storage/showcases-table';
import { SHOWCASE_COPY as C } from '../copy';
import { buildFeed, feedFileName, feedText, type LeftOut } from '../feed-export';
import { skippedLines } from '../feed-import';
import { prefillItem } from '../../../shared/feed/prefill';
import type { QrPreference } from '../qr';
import type { ShowcaseService, ShowcaseSummary } from '../service';
import { embedSnippet, isSnippetUrl, type SnippetMode } from '../snippet';
import { formFromItem, itemFromForm, type ItemForm, type ItemFormField } from './item-form';

export type PrintLayout = 'cards4' | 'cards8' | 'poster';

export type Route =
  | { view: 'list' }
  | { view: 'showcase'; id: string }
  | { view: 'print'; id: string; layout: PrintLayout; qr: QrPreference };

const LAYOUTS: readonly PrintLayout[] = ['cards4', 'cards8', 'poster'];

/** #/s/<id>, #/print/<id>/<layout>/<qr>; anything else is the list. */
export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return '';
    }
  });
  if (parts[0] === 's' && parts[1]) return { view: 'showcase', id: parts[1] };
  if (parts[0] === 'print' && parts[1]) {
    const layout = LAYOUTS.find((l) => l === parts[2]) ?? 'cards4';
    return { view: 'print', id: parts[1], layout, qr: parts[3] === 'whatsapp' ? 'whatsapp' : 'buy' };
  }
  return { view: 'list' };
}

export function hashFor(route: Route): string {
  if (route.view === 'showcase') return `#/s/${encodeURIComponent(route.id)}`;
  if (route.view === 'print') return `#/print/${encodeURIComponent(route.id)}/${route.layout}/${route.qr}`;
  return '#/';
}

export interface Notice {
  text: BilingualText;
  lines?: BilingualText[];
  tone?: 'info' | 'alert';
  undo?: () => Promise<void>;
}

/** A draft as "Tambah dari draf" lists it. */
export interface DraftChoice {
  key: string;
  title: string;
  score: number;
}

/** The seller's drafts, given by the page's entrypoint (the showcase does not reach into drafts/). */
export interface DraftSource {
  listDrafts(query: { limit: number }): Promise<{ items: DraftChoice[] }>;
  findDraft(key: string): Promise<{ listing: Listing; score: number } | null>;
}

export interface PageDeps {
  service: ShowcaseService;
  drafts: DraftSource;
  initialRoute: Route;
  setHash: (hash: string) => void;
  /** Saves a file from this page (a download; nothing leaves the device). */
  saveFile: (name: string, text: string) => void;
  copyText: (text: string) => Promise<void>;
  now?: () => number;
}

/**
 * "Etalase saya": which showcase is open, its items in order (kept live across pages by Dexie), the item being
 * edited, the feed the preview, export, snippet and print view all share, and the notices the curator reads.
 */
export function createShowcasePage(deps: PageDeps) {
  const { service } = deps;
  const now = deps.now ?? Date.now;
  const route = signal<Route>(deps.initialRoute);
  const showcases = signal<ShowcaseSummary[]>([]);
  /** undefined while loading; null when the showcase does not exist. */
  const current = signal<ShowcaseRow | null | undefined>(undefined);
  const items = signal<ShowcaseItemRow[]>([]);
  const notice = signal<Notice | null>(null);
  const editing = signal<string | null>(null);
  const form = signal<ItemForm | null>(null);
  const formErrors = signal<Partial<Record<ItemFormField, BilingualText>>>({});
  const formProblem = signal<BilingualText | null>(null);
  const drafts = signal<DraftChoice[]>([]);
  const snippetMode = signal<SnippetMode>('inline');
  const scriptUrl = signal('');
  const feedUrl = signal('');
  /** Said to screen readers after a move ("Kopi: posisi 1 dari 3"). */
  const announcement = signal<BilingualText | null>(null);
  /** The row to focus after the list re-renders (keyboard reordering keeps focus on the moved row). */
  const focusRow = signal<string | null>(null);

  const openId = computed(() => (route.value.view === 'list' ? null : route.value.id));

  const stopList = service.watch(() => service.listShowcases(), (list) => (showcases.value = list));
  let stopItems: (() => void) | undefined;
  let stopCurrent: (() => void) | undefined;
  const stopOpen = effect(() => {
    const id = openId.value;
    stopItems?.();
    stopCurrent?.();
    stopItems = stopCurrent = undefined;
    batch(() => {
      items.value = [];
      current.value = undefined;
      editing.value = null;
      form.value = null;
    });
    if (!id) return;
    stopCurrent = service.watch(
      () => service.getShowcase(id),
      (row) => {
        const first = current.peek() === undefined;
        current.value = row ?? null;
        if (row && first) {
          scriptUrl.value = row.hosting?.scriptUrl ?? '';
          feedUrl.value = row.hosting?.feedUrl ?? '';
        }
      },
    );
    stopItems = service.watch(() => service.listItems(id), (rows) => (items.value = rows));
  });

  const built = computed<{ feed: ShowcaseFeed; leftOut: LeftOut[] } | null>(() => {
    const showcase = current.value;
    return showcase ? buildFeed(showcase, items.value, now()) : null;
  });
  const snippet = computed(() => {
    const b = built.value;
    return b ? embedSnippet(b.feed, { mode: snippetMode.value, scriptUrl: scriptUrl.value, feedUrl: feedUrl.value }) : '';
  });
  const badUrls = computed(() => ({
    script: scriptUrl.value.trim() !== '' && !isSnippetUrl(scriptUrl.value),
    feed: feedUrl.value.trim() !== '' && !isSnippetUrl(feedUrl.value),
  }));

  function go(next: Route) {
    batch(() => {
      route.value = next;
      notice.value = null;
    });
    deps.setHash(hashFor(next));
  }

  function say(text: BilingualText, extra: Omit<Notice, 'text'> = {}) {
    notice.value = { text, ...extra };
  }

  async function move(rowId: string, to: number) {
    const row = items.peek().find((r) => r.id === rowId);
    const result = await service.moveItem(rowId, to);
    if (!result.ok) return say(result.problem, { tone: 'alert' });
    focusRow.value = rowId;
    if (row) {
      announcement.value = C.moved(row.item.name, result.index + 1, items.peek().length);
    }
  }

  return {
    route,
    showcases,
    current,
    items,
    notice,
    editing,
    form,
    formErrors,
    formProblem,
    drafts,
    snippetMode,
    scriptUrl,
    feedUrl,
    announcement,
    focusRow,
    built,
    snippet,
    badUrls,
    go,

    async createShowcase(title: string): Promise<boolean> {
      const made = await service.createShowcase({ title });
      if (!made.ok) {
        say(made.problem, { tone: 'alert' });
        return false;
      }
      go({ view: 'showcase', id: made.showcase.id });
      return true;
    },

    async importFeed(file: Blob) {
      const result = await service.importFeed(file);
      if (!result.ok) return say(result.problem, { tone: 'alert' });
      go({ view: 'showcase', id: result.showcase.id });
      const lines = result.skipped.length ? [C.importSkipped(result.skipped.length), ...skippedLines(result.skipped)] : undefined;
      say(C.imported(result.showcase.title, result.added), { lines });
    },

    async saveDetails(input: { title: string; curatorName: string; curatorUrl: string }) {
      const id = openId.peek();
      if (!id) return;
      const result = await service.updateShowcase(id, {
        title: input.title,
        curator: input.curatorName.trim() ? { name: input.curatorName, url: input.curatorUrl } : undefined,
        hosting: current.peek()?.hosting,
      });
      say(result.ok ? C.savedDetails : result.problem, { tone: result.ok ? 'info' : 'alert' });
    },

    /** Remembers where the curator hosts the files (only addresses the snippet accepts). */
    async saveHosting() {
      const showcase = current.peek();
      if (!showcase) return;
      const hosting = {
        ...(isSnippetUrl(scriptUrl.peek()) ? { scriptUrl: scriptUrl.peek().trim() } : {}),
        ...(isSnippetUrl(feedUrl.peek()) ? { feedUrl: feedUrl.peek().trim() } : {}),
      };
      if (JSON.stringify(hosting) === JSON.stringify(showcase.hosting ?? {})) return;
      await service.updateShowcase(showcase.id, { title: showcase.title, curator: showcase.curator, hosting });
    },

    async deleteShowcase() {
      const id = openId.peek();
      if (!id) return;
      const result = await service.deleteShowcase(id);
      if (!result.ok) return say(result.problem, { tone: 'alert' });
      go({ view: 'list' });
      say(C.deletedShowcase(result.showcase.title), {
        undo: async () => {
          await service.restore(result.showcase, result.items);
          go({ view: 'showcase', id: result.showcase.id });
        },
      });
    },

    moveBy: (rowId: string, delta: number) => {
      const index = items.peek().findIndex((r) => r.id === rowId);
      return index < 0 ? Promise.resolve() : move(rowId, index + delta);
    },
    moveTo: move,

    async remove(rowId: string) {
      const result = await service.removeItem(rowId);
      if (!result.ok) return say(result.problem, { tone: 'alert' });
      if (editing.peek() === rowId) editing.value = null;
      say(C.removed(result.row.item.name), { undo: async () => void (await service.restore(undefined, [result.row])) });
    },

    startEdit(rowId: string) {
      const row = items.peek().find((r) => r.id === rowId);
      if (!row) return;
      batch(() => {
        editing.value = rowId;
        form.value = formFromItem(row.item, row.note ?? '');
        formErrors.value = {};
        formProblem.value = null;
      });
    },
    cancelEdit() {
      batch(() => {
        editing.value = null;
        form.value = null;
      });
    },
    setField<K extends ItemFormField>(field: K, value: ItemForm[K]) {
      const f = form.peek();
      if (f) form.value = { ...f, [field]: value };
    },
    async saveEdit(): Promise<boolean> {
      const rowId = editing.peek();
      const f = form.peek();
      const row = items.peek().find((r) => r.id === rowId);
      if (!rowId || !f || !row) return false;
      const built = itemFromForm(row.item.id, f);
      batch(() => {
        formErrors.value = built.errors;
        formProblem.value = built.item ? null : C.fixFields;
      });
      if (!built.item) return false;
      const result = await service.updateItem(rowId, built.item, f.note);
      if (!result.ok) {
        formProblem.value = result.problem;
        return false;
      }
      batch(() => {
        editing.value = null;
        form.value = null;
      });
      focusRow.value = rowId;
      say(C.savedItem(result.row.item.name));
      return true;
    },

    async loadDrafts() {
      try {
        drafts.value = (await deps.drafts.listDrafts({ limit: 200 })).items;
      } catch {
        drafts.value = [];
      }
    },
    async addFromDraft(key: string) {
      const id = openId.peek();
      if (!id || !key) return;
      const draft = await deps.drafts.findDraft(key);
      if (!draft) return say(C.notFound, { tone: 'alert' });
      const result = await service.addItem(id, { item: prefillItem(draft.listing), origin: { kind: 'draft', score: draft.score }, draftKey: key });
      if (!result.ok) return say(result.problem, { tone: 'alert' });
      say(C.addedDraft(result.row.item.name));
    },

    download() {
      const showcase = current.peek();
      const b = built.peek();
      if (!showcase || !b) return;
      const name = feedFileName(showcase.title);
      deps.saveFile(name, feedText(b.feed));
      const leftOut = b.leftOut.length ? [C.leftOut(b.leftOut.length, b.leftOut.map((l) => `"${l.name}"`).join(', '))] : undefined;
      say(C.downloaded(name), { lines: leftOut, tone: leftOut ? 'alert' : 'info' });
    },
    async copySnippet() {
      try {
        await deps.copyText(snippet.peek());
        say(C.copied);
      } catch {
        say(C.copyFailed, { tone: 'alert' });
      }
    },
    dismissNotice() {
      notice.value = null;
    },

    dispose() {
      stopList();
      stopOpen();
      stopItems?.();
      stopCurrent?.();
    },
  };
}

export type ShowcasePageModel = ReturnType<typeof createShowcasePage>;
