import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Report } from '../../../shared/checks/types';
import type { ShowcaseItem } from '../../../shared/feed/schema';
import type { BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import type { ItemOrigin } from '../../../shared/storage/showcase-items-table';
import { SHOWCASE_COPY } from '../copy';
import { prefillItem } from '../../../shared/feed/prefill';
import type { ShowcaseService, ShowcaseSummary } from '../service';
import { SCORE_WARNING } from '../threshold';
import { optionalParagraph, optionalText, whatsAppFrom } from './item-fields';

/** Where the panel's listing came from, for the item's origin and the draft it belongs to. */
export interface ListingSource {
  listing: ReadonlySignal<Listing>;
  report: ReadonlySignal<Report | null>;
  origin: ReadonlySignal<ItemOrigin['kind']>;
  url: ReadonlySignal<string | undefined>;
  draftKey: ReadonlySignal<string | undefined>;
}

export const NEW_SHOWCASE = '__new__';

export type AddField = 'title' | 'category' | 'blurb' | 'waNumber' | 'waMessage';

export type AddStatus =
  | { kind: 'closed' }
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved'; showcaseId: string; title: string }
  | { kind: 'failed'; problem: BilingualText };

/**
 * "Tambah ke etalase" in the side panel: the item pre-filled from the checked listing, the few fields a curator
 * adds (category, blurb, WhatsApp), the showcase to put it in (or a new one), and a warning under SCORE_WARNING.
 */
export function createAddToShowcase(service: ShowcaseService, source: ListingSource) {
  const status = signal<AddStatus>({ kind: 'closed' });
  const showcases = signal<ShowcaseSummary[]>([]);
  const target = signal<string>(NEW_SHOWCASE);
  const newTitle = signal('');
  const category = signal('');
  const blurb = signal('');
  const waNumber = signal('');
  const waMessage = signal('');
  const errors = signal<Partial<Record<AddField, BilingualText>>>({});

  const prefill = computed<ShowcaseItem>(() => prefillItem(source.listing.value));
  const score = computed(() => source.report.value?.score);
  const canAdd = computed(() => source.report.value !== null);
  const warning = computed(() => {
    const s = score.value;
    return s !== undefined && s < SCORE_WARNING ? SHOWCASE_COPY.lowScore(s, SCORE_WARNING) : undefined;
  });

  async function loadShowcases() {
    const list = await service.listShowcases();
    const latest = [...list].sort((a, b) => b.updatedAt - a.updatedAt)[0];
    batch(() => {
      showcases.value = list;
      if (target.peek() === NEW_SHOWCASE || !list.some((s) => s.id === target.peek())) target.value = latest?.id ?? NEW_SHOWCASE;
    });
  }

  function collect(): { item: ShowcaseItem; title?: string } | undefined {
    const found: Partial<Record<AddField, BilingualText>> = {};
    let title: string | undefined;
    if (target.value === NEW_SHOWCASE) {
      const t = optionalText(newTitle.value, 120);
      if (t.error) found.title = t.error;
      else if (!t.value) found.title = SHOWCASE_COPY.required;
      title = t.value;
    }
    const c = optionalText(category.value, 60);
    if (c.error) found.category = c.error;
    const b = optionalParagraph(blurb.value, 600);
    if (b.error) found.blurb = b.error;
    const wa = whatsAppFrom(waNumber.value, waMessage.value);
    if (wa.error) found[wa.error.field] = wa.error.text;
    errors.value = found;
    if (Object.keys(found).length) return undefined;
    const base = prefill.value;
    const item: ShowcaseItem = { ...base, links: { ...base.links } };
    if (c.value) item.category = c.value;
    else delete item.category;
    if (b.value) item.blurb = b.value;
    if (wa.value) item.links.whatsapp = wa.value;
    return { item, title };
  }

  return {
    status,
    showcases,
    target,
    newTitle,
    category,
    blurb,
    waNumber,
    waMessage,
    errors,
    prefill,
    score,
    canAdd,
    warning,

    /** Opens the form, pre-filled; keeps what the curator typed last time for the same seller (WhatsApp). */
    async open() {
      batch(() => {
        status.value = { kind: 'editing' };
        errors.value = {};
        category.value = prefill.peek().category ?? '';
        blurb.value = '';
        if (!newTitle.peek()) newTitle.value = SHOWCASE_COPY.defaultTitle.id;
      });
      try {
        await loadShowcases();
      } catch {
        status.value = { kind: 'failed', problem: SHOWCASE_COPY.fixFields };
      }
    },

    close() {
      status.value = { kind: 'closed' };
      errors.value = {};
    },

    async save() {
      if (status.peek().kind === 'saving') return;
      const collected = collect();
      if (!collected) return;
      status.value = { kind: 'saving' };
      let showcaseId = target.peek();
      let title = showcases.peek().find((s) => s.id === showcaseId)?.title ?? '';
      if (showcaseId === NEW_SHOWCASE) {
        const made = await service.createShowcase({ title: collected.title ?? '' });
        if (!made.ok) {
          status.value = { kind: 'failed', problem: made.problem };
          return;
        }
        showcaseId = made.showcase.id;
        title = made.showcase.title;
      }
      const added = await service.addItem(showcaseId, {
        item: collected.item,
        origin: originOf(source.origin.peek(), source.url.peek(), score.peek()),
        draftKey: source.draftKey.peek(),
      });
      if (!added.ok) {
        status.value = { kind: 'failed', problem: added.problem };
        return;
      }
      status.value = { kind: 'saved', showcaseId, title };
      await loadShowcases().catch(() => undefined);
      target.value = showcaseId;
    },
  };
}

export type AddToShowcaseModel = ReturnType<typeof createAddToShowcase>;

function originOf(kind: ItemOrigin['kind'], url: string | undefined, score: number | undefined): ItemOrigin {
  const origin: ItemOrigin = { kind };
  if (url && url.length <= 2000) origin.url = url;
  if (score !== undefined) origin.score = score;
  return origin;
}
