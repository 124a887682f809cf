import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { EmbedScripts } from '../../../shared/embed';
import type { ShowcaseFeed } from '../../../shared/feed/schema';
import type { BilingualText, Lang } from '../../../shared/i18n/text';
import type { ShowcaseItemRow } from '../../../shared/storage/showcase-items-table';
import type { ShowcaseRow } from '../../../shared/storage/showcases-table';
import { SHOWCASE_COPY as C } from '../copy';
import { buildFeed, feedFileName, feedText, type LeftOut } from '../feed-export';
import { skippedLines } from '../feed-import';
import type { ShowcaseService, ShowcaseSummary } from '../service';
import { createEmbedExport } from './embed-export';
import { createFromDrafts, type DraftSource } from './from-drafts';
import { createItemEditor } from './item-editor';
import type { Notice, Say } from './notice';
import { hashFor, type Route } from './route';

export interface PageDeps {
  service: ShowcaseService;
  drafts: DraftSource;
  initialRoute: Route;
  setHash: (hash: string) => void;
  /** Saves a file from this page (a download; nothing leaves the device). */
  saveFile: (name: string, text: string, type: string) => void;
  /** The built widget files the exports carry (modules/embed-scripts.ts). */
  loadScripts: () => Promise<EmbedScripts>;
  /** The page's language, for the exported page and block. */
  lang: ReadonlySignal<Lang>;
  copyText: (text: string) => Promise<void>;
  now?: () => number;
}

/**
 * "Etalase saya": which showcase is open, its items in order (kept live across pages by Dexie), the feed the
 * preview, export, snippet and print view all share, and the notices the curator reads. The item being edited,
 * "Pasang di situs" and "Tambah dari draf" are their own models (itemEditor, embed, fromDrafts).
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
  /** Said to screen readers after a move ("Kopi: posisi 1 dari 3"). */
  const announcement = signal<BilingualText | null>(null);
  /** The row to focus after the list re-renders (keyboard reordering keeps focus on the moved row). */
  const focusRow = signal<string | null>(null);

  const openId = computed(() => (route.value.view === 'list' ? null : route.value.id));
  const built = computed<{ feed: ShowcaseFeed; leftOut: LeftOut[] } | null>(() => {
    const showcase = current.value;
    return showcase ? buildFeed(showcase, items.value, now()) : null;
  });

  const say: Say = (text, extra = {}) => {
    notice.value = { text, ...extra };
  };
  const itemEditor = createItemEditor({ service, items, focusRow, say });
  const embed = createEmbedExport({
    service,
    current,
    feed: computed(() => built.value?.feed ?? null),
    lang: deps.lang,
    loadScripts: deps.loadScripts,
    saveFile: deps.saveFile,
    copyText: deps.copyText,
    say,
  });
  const fromDrafts = createFromDrafts({ service, drafts: deps.drafts, openId, say });

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
      itemEditor.cancel();
    });
    if (!id) return;
    stopCurrent = service.watch(
      () => service.getShowcase(id),
      (row) => {
        const first = current.peek() === undefined;
        current.value = row ?? null;
        if (row && first) embed.showHosting(row);
      },
    );
    stopItems = service.watch(() => service.listItems(id), (rows) => (items.value = rows));
  });

  function go(next: Route) {
    batch(() => {
      route.value = next;
      notice.value = null;
    });
    deps.setHash(hashFor(next));
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
    announcement,
    focusRow,
    built,
    itemEditor,
    embed,
    fromDrafts,
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
      if (itemEditor.editing.peek() === rowId) itemEditor.cancel();
      say(C.removed(result.row.item.name), { undo: async () => void (await service.restore(undefined, [result.row])) });
    },

    download() {
      const showcase = current.peek();
      const b = built.peek();
      if (!showcase || !b) return;
      const name = feedFileName(showcase.title);
      deps.saveFile(name, feedText(b.feed), 'application/json');
      const leftOut = b.leftOut.length ? [C.leftOut(b.leftOut.length, b.leftOut.map((l) => `"${l.name}"`).join(', '))] : undefined;
      say(C.downloaded(name), { lines: leftOut, tone: leftOut ? 'alert' : 'info' });
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
