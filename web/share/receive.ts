import { signal, type ReadonlySignal } from '@preact/signals';
import type { DraftService } from '../../shared/drafts/service';
import type { DraftKey } from '../../shared/drafts/types';
import { bi, type BilingualText } from '../../shared/i18n/text';
import { Listing } from '../../shared/listing/schema';
import { readShare } from '../../shared/marketplaces/share-links';
import { draftKeyFor } from '../../shared/storage/draft-keys';
import type { SharedFileNote, SharedItem } from './inbox';
import { SHARE_PARAM } from './protocol';

/** What the seller just shared into Rapi, shown above the form until they leave the draft. */
export interface ShareNote {
  draftKey: DraftKey;
  /** The words the other app sent with the link ("Cek … di Tokopedia!"): the seller may use them as the title. */
  words: string;
  photos: number;
  skipped: SharedFileNote[];
}

export const SHARE_PROBLEMS = {
  failed: bi(
    'Rapi tidak bisa menyimpan yang Anda bagikan (mungkin ruang penyimpanan HP penuh). Coba bagikan sekali lagi.',
    'Rapi could not keep what you shared (the phone storage may be full). Try sharing once more.',
  ),
  gone: bi(
    'Yang Anda bagikan sudah dibuka sebelumnya. Draf dari situ ada di "Draf saya".',
    'What you shared was already opened. Its draft is in "My drafts".',
  ),
  nothing: bi(
    'Yang dibagikan tidak berisi tautan Shopee atau Tokopedia maupun foto. Tempel judul dan deskripsi di bawah.',
    'The share held no Shopee or Tokopedia link and no photo. Paste the title and description below.',
  ),
} as const;

/**
 * Turns a share into a draft: a marketplace link only labels the draft and sets the marketplace (Rapi never opens
 * it); a product page's link finds that product's draft again, as in the extension; shared photos go straight into
 * the photo checks (`addPhotos`). Returns the draft's key, or null when there was nothing to make one from.
 */
export function createShareReceiver(deps: {
  service: DraftService;
  take(id: string): Promise<SharedItem | null>;
  open(key: DraftKey): void;
  /** Gives the shared photos to the photo checks of the draft once it is open. */
  addPhotos?(key: DraftKey, files: File[]): void;
}) {
  const note = signal<ShareNote | null>(null);
  const problem = signal<BilingualText | null>(null);

  return {
    note: note as ReadonlySignal<ShareNote | null>,
    problem: problem as ReadonlySignal<BilingualText | null>,
    /** The share id in the page's address (`?share=…`), if any. */
    idFrom(search: string): string | null {
      return new URLSearchParams(search).get(SHARE_PARAM);
    },
    async receive(id: string): Promise<DraftKey | null> {
      if (id === 'failed') {
        problem.value = SHARE_PROBLEMS.failed;
        return null;
      }
      const item = await deps.take(id).catch(() => null);
      if (!item) {
        problem.value = SHARE_PROBLEMS.gone;
        return null;
      }
      const { link, words } = readShare(item);
      if (!link && !item.files.length) {
        problem.value = SHARE_PROBLEMS.nothing;
        if (!words) return null;
      }
      const page = link?.kind === 'product' ? link.page : undefined;
      const key = (page && draftKeyFor(page)) || deps.service.newManualKey();
      const listing = Listing.parse({
        marketplace: link?.marketplace ?? 'other',
        title: '',
        ...(link ? { sourceUrl: link.href } : {}),
        ...(page?.itemId ? { itemId: page.itemId } : {}),
        ...(page?.shopId ? { shopId: page.shopId } : {}),
      });
      await deps.service.openDraft(key, { listing });
      note.value = { draftKey: key, words, photos: item.files.length, skipped: item.skipped };
      deps.open(key);
      if (item.files.length) deps.addPhotos?.(key, item.files);
      return key;
    },
    dismiss() {
      note.value = null;
      problem.value = null;
    },
  };
}

export type ShareReceiver = ReturnType<typeof createShareReceiver>;
