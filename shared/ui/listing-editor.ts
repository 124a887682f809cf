import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CategoryId } from '../listing/category-id';
import { Listing, type Marketplace, type Photo } from '../listing/schema';
import { formatRupiah, parseRupiah } from '../listing/parse-price';
import { formatWeight, parseWeightGrams } from '../listing/parse-units';
import type { FieldState } from '../marketplaces/types';
import type { BilingualText } from '../i18n/text';

/**
 * The listing the panel shows and checks: what was read from the page (the base) plus what the seller typed
 * over it (the edits). This is the seam for drafts: a draft is `base` + `edits`, so storing drafts later means
 * saving and restoring exactly these two signals.
 */

/** The fields the seller can see and correct in the panel, in the order shown. */
export const EDITABLE_FIELDS = ['title', 'description', 'price', 'categoryPath', 'brand', 'weightGrams', 'stock'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * read / guessed / missing come from the adapter; edited: the seller typed it here; manual / empty: a field
 * in manual mode that holds a value, or not yet.
 */
export type ShownState = FieldState | 'edited' | 'manual' | 'empty';

export interface EditorBase {
  /** Same key = same page re-read (keep the seller's edits); a new key = another page (start over). */
  key: string;
  listing: Listing;
  fields: Partial<Record<string, FieldState>>;
  problems: BilingualText[];
  loginWall: boolean;
}

/** Writes a field's text into a listing. Empty text clears the field; text that does not parse clears it too. */
function applyText(listing: Listing, field: EditableField, text: string): Listing {
  const trimmed = text.trim();
  const next: Listing = { ...listing };
  switch (field) {
    case 'title':
      next.title = text;
      break;
    case 'description':
      next.description = trimmed ? text : undefined;
      break;
    case 'brand':
      next.brand = trimmed || undefined;
      break;
    case 'price':
      next.price = parseRupiah(trimmed);
      break;
    case 'weightGrams': {
      const grams = parseWeightGrams(trimmed);
      next.weightGrams = grams && grams > 0 ? grams : undefined;
      break;
    }
    case 'stock': {
      const stock = /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
      next.stock = stock;
      break;
    }
    case 'categoryPath': {
      const parts = trimmed
        .split(/\s*[>›/]\s*/)
        .map((p) => p.trim())
        .filter(Boolean);
      // A path the seller changed is theirs, no longer what the page said; the same path keeps its source.
      if (parts.join('>') !== (next.categoryPath ?? []).join('>')) next.categorySource = parts.length ? 'input' : undefined;
      next.categoryPath = parts.length ? parts : undefined;
      break;
    }
  }
  return next;
}

/** A field's value as the text shown in its input. */
export function fieldText(listing: Listing, field: EditableField): string {
  switch (field) {
    case 'title':
      return listing.title;
    case 'description':
      return listing.description ?? '';
    case 'brand':
      return listing.brand ?? '';
    case 'price':
      return listing.price === undefined ? '' : formatRupiah(listing.price);
    case 'weightGrams':
      return listing.weightGrams === undefined ? '' : formatWeight(listing.weightGrams);
    case 'stock':
      return listing.stock === undefined ? '' : String(listing.stock);
    case 'categoryPath':
      return listing.categoryPath?.join(' > ') ?? '';
  }
}

function emptyListing(marketplace: Marketplace): Listing {
  return Listing.parse({ marketplace, title: '' });
}

export function createListingEditor() {
  const base = signal<EditorBase>({ key: 'manual', listing: emptyListing('other'), fields: {}, problems: [], loginWall: false });
  /** The raw text the seller typed, per field (kept raw so "Rp2" is not reformatted while typing). */
  const edits = signal<Partial<Record<EditableField, string>>>({});
  /** Photos the seller dropped into the panel, replacing the page's. */
  const droppedPhotos = signal<Photo[] | undefined>(undefined);
  /** The dropped files themselves, one per dropped photo (the photo checks read their pixels; drafts do not keep them). */
  const droppedFiles = signal<readonly Blob[] | undefined>(undefined);
  const marketplaceOverride = signal<Marketplace | undefined>(undefined);
  /** The category the seller picked with one tap when Rapi was unsure. */
  const pickedCategory = signal<CategoryId | undefined>(undefined);
  const manual = computed(() => base.value.key === 'manual');

  const listing: ReadonlySignal<Listing> = computed(() => {
    let next = { ...base.value.listing };
    for (const field of EDITABLE_FIELDS) {
      const text = edits.value[field];
      if (text !== undefined) next = applyText(next, field, text);
    }
    if (droppedPhotos.value) next.photos = droppedPhotos.value;
    if (marketplaceOverride.value) next.marketplace = marketplaceOverride.value;
    if (pickedCategory.value) next.pickedCategory = pickedCategory.value;
    return next;
  });

  function stateOf(field: EditableField | 'photos'): ShownState {
    if (field === 'photos' ? droppedPhotos.value !== undefined : edits.value[field] !== undefined) return 'edited';
    if (manual.value) {
      const value = base.value.listing[field];
      return value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? 'empty' : 'manual';
    }
    return base.value.fields[field] ?? 'missing';
  }

  return {
    base: base as ReadonlySignal<EditorBase>,
    edits: edits as ReadonlySignal<Partial<Record<EditableField, string>>>,
    listing,
    manual,
    droppedFiles: droppedFiles as ReadonlySignal<readonly Blob[] | undefined>,
    stateOf,
    /** Text for an input: what the seller typed, else what was read. */
    text(field: EditableField): string {
      return edits.value[field] ?? fieldText(base.value.listing, field);
    },
    /** Shows a (re-)read page. The seller's edits survive a re-read of the same page, not a new page. */
    load(next: EditorBase) {
      batch(() => {
        if (next.key !== base.peek().key) {
          edits.value = {};
          droppedPhotos.value = undefined;
          droppedFiles.value = undefined;
          marketplaceOverride.value = undefined;
          pickedCategory.value = undefined;
        }
        base.value = next;
      });
    },
    /** Manual mode: an empty listing for the chosen marketplace. */
    startManual(marketplace: Marketplace = 'other') {
      batch(() => {
        base.value = { key: 'manual', listing: emptyListing(marketplace), fields: {}, problems: [], loginWall: false };
        edits.value = {};
        droppedPhotos.value = undefined;
        droppedFiles.value = undefined;
        marketplaceOverride.value = undefined;
        pickedCategory.value = undefined;
      });
    },
    edit(field: EditableField, text: string) {
      edits.value = { ...edits.value, [field]: text };
    },
    /** Forget the seller's text for a field (e.g. once it was written into the seller form). */
    forget(field: EditableField) {
      const { [field]: _dropped, ...rest } = edits.value;
      edits.value = rest;
    },
    /** Dropped photos replace the page's; `files` (same order) lets the photo checks read their pixels. */
    setPhotos(photos: Photo[] | undefined, files?: readonly Blob[]) {
      batch(() => {
        droppedPhotos.value = photos;
        droppedFiles.value = photos && files?.length === photos.length ? files : undefined;
      });
    },
    setMarketplace(marketplace: Marketplace) {
      marketplaceOverride.value = marketplace;
    },
    /** One tap in the panel: the seller says what the product is, and Rapi stops guessing. */
    setCategory(category: CategoryId | undefined) {
      pickedCategory.value = category;
    },
  };
}

export type ListingEditor = ReturnType<typeof createListingEditor>;
