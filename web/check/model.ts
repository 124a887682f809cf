import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftSession } from '../../shared/drafts/draft-session';
import type { DraftService } from '../../shared/drafts/service';
import type { DraftKey } from '../../shared/drafts/types';
import type { Marketplace } from '../../shared/listing/schema';
import { createReportModel, type PhotoFindingsInput } from '../../shared/ui/checklist/report';
import { createListingEditor } from '../../shared/ui/listing-editor';
import { bindEditorToDrafts } from './binding';

const LAST_MARKETPLACE = 'rapi:last-marketplace';

/** The seller's last choice of marketplace, so a new listing starts there (none yet: "other", nothing chosen). */
export function marketplaceMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage) {
  return {
    read(): Marketplace {
      try {
        const value = storage?.getItem(LAST_MARKETPLACE);
        return value === 'shopee' || value === 'tokopedia' ? value : 'other';
      } catch {
        return 'other';
      }
    },
    write(marketplace: Marketplace) {
      try {
        storage?.setItem(LAST_MARKETPLACE, marketplace);
      } catch {
        // Not remembered this time; the draft itself keeps its marketplace.
      }
    },
  };
}

/**
 * The "Periksa" screen: the listing the seller types (marketplace, category, title, description, price, weight,
 * stock, photos), autosaved as a draft, and its checklist, the same checks and score as the extension's panel.
 * `photos` brings the photo checks' findings into the score (web/photos).
 */
export function createCheckModel(deps: {
  service: DraftService;
  session: ReadonlySignal<DraftSession | null>;
  open(key: DraftKey): void;
  photos?: (editor: ReturnType<typeof createListingEditor>) => PhotoFindingsInput & { dispose?(): void };
  memory?: ReturnType<typeof marketplaceMemory>;
}) {
  const memory = deps.memory ?? marketplaceMemory();
  const editor = createListingEditor();
  const binding = bindEditorToDrafts({ editor, service: deps.service, session: deps.session, open: deps.open, startMarketplace: memory.read });
  const photos = deps.photos?.(editor) ?? { findings: signal([]), measuredIndexes: signal([]) };
  const checks = createReportModel(editor.listing, photos);
  const marketplace = computed(() => editor.listing.value.marketplace);

  return {
    editor,
    checks,
    photos,
    marketplace,
    /** The draft being edited (null while the listing is new and nothing is typed yet). */
    draft: binding.bound,
    chooseMarketplace(next: Marketplace) {
      editor.setMarketplace(next);
      memory.write(next);
    },
    dispose() {
      binding.dispose();
      photos.dispose?.();
    },
  };
}

export type CheckModel = ReturnType<typeof createCheckModel>;
