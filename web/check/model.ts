import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftSession } from '../../shared/drafts/draft-session';
import type { DraftService } from '../../shared/drafts/service';
import type { DraftKey } from '../../shared/drafts/types';
import type { Listing, Marketplace } from '../../shared/listing/schema';
import { bi, type BilingualText } from '../../shared/i18n/text';
import { createReportModel, type PhotoFindingsInput } from '../../shared/ui/checklist/report';
import { photosFromFiles } from '../../shared/ui/photo-files';
import { createListingEditor } from '../../shared/ui/listing-editor';
import { createSuggestionModel } from '../../shared/ui/suggest/model';
import { isKeptPhoto, type PhotoKeeper } from '../photos/keep';
import { bindEditorToDrafts } from './binding';

const PHOTOS_GONE = (n: number) =>
  bi(
    `${n} foto draf ini tidak ada lagi di HP ini (browser menghapusnya untuk memberi ruang). Tambahkan lagi dari galeri.`,
    `${n} photos of this draft are no longer on this phone (the browser removed them to make room). Add them again from the gallery.`,
  );

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
 * `photos` brings the photo checks' findings into the score (web/photos). Rapi's suggested title and description
 * follow the same report.
 */
export function createCheckModel(deps: {
  service: DraftService;
  session: ReadonlySignal<DraftSession | null>;
  open(key: DraftKey): void;
  photos?: (editor: ReturnType<typeof createListingEditor>) => PhotoFindingsInput & { dispose?(): void };
  memory?: ReturnType<typeof marketplaceMemory>;
  /** Keeps the seller's photos on the phone (web/photos/keep.ts); without it photos last for this visit. */
  keeper?: PhotoKeeper;
}) {
  const memory = deps.memory ?? marketplaceMemory();
  const editor = createListingEditor();
  const { keeper } = deps;
  const binding = bindEditorToDrafts({
    editor,
    service: deps.service,
    session: deps.session,
    open: deps.open,
    startMarketplace: memory.read,
    afterLoad: (listing) => void bringBackPhotos(listing),
  });
  const photos = deps.photos?.(editor) ?? { findings: signal([]), measuredIndexes: signal([]) };
  const checks = createReportModel(editor.listing, photos);
  /** "Usulan Rapi", as in the panel: its answers to placeholders stay while the seller moves between screens. */
  const suggestions = createSuggestionModel({ listing: editor.listing, report: checks.report, ...(photos.texts ? { photoTexts: photos.texts } : {}) });
  const marketplace = computed(() => editor.listing.value.marketplace);
  const photoProblems = signal<BilingualText[]>([]);
  /** Photos shared into a draft that is still opening: they join it once it is shown. */
  let waiting: { key: DraftKey; files: File[] } | null = null;

  /** A draft's kept photos, back as files for the photo checks (a photo the browser removed is said to be gone). */
  async function bringBackPhotos(listing: Listing) {
    const photos = listing.photos ?? [];
    if (!keeper || !photos.some((p) => isKeptPhoto(p.src))) return;
    const files = await Promise.all(photos.map((p) => keeper.load(p.src ?? '')));
    if (editor.listing.peek().photos !== listing.photos) return; // the seller moved on meanwhile
    const found = photos.flatMap((photo, i) => (files[i] ? [{ photo, file: files[i]! }] : []));
    photoProblems.value = found.length < photos.length ? [PHOTOS_GONE(photos.length - found.length)] : [];
    editor.setPhotos(found.map((f) => f.photo), found.map((f) => f.file));
  }

  /** Adds photos from the gallery, the camera or a share: after the ones already chosen, each checked. */
  async function addPhotos(files: readonly File[]) {
    const added = await photosFromFiles(files);
    photoProblems.value = added.problems;
    if (!added.photos.length) return;
    if (keeper) {
      const names = await Promise.all(added.files.map((file) => keeper.keep(file)));
      added.photos = added.photos.map((photo, i) => ({ ...photo, src: names[i] }));
    }
    const kept = editor.droppedFiles.peek() ?? [];
    const keptPhotos = kept.length ? (editor.listing.peek().photos ?? []) : [];
    editor.setPhotos([...keptPhotos, ...added.photos], [...kept, ...added.files]);
  }

  const stopWaiting = effect(() => {
    const bound = binding.bound.value;
    if (!bound || !waiting || waiting.key !== bound.key) return;
    const { files } = waiting;
    waiting = null;
    void addPhotos(files);
  });

  return {
    editor,
    checks,
    suggestions,
    photos,
    marketplace,
    /** The draft being edited (null while the listing is new and nothing is typed yet). */
    draft: binding.bound,
    photoProblems: photoProblems as ReadonlySignal<BilingualText[]>,
    addPhotos,
    /** Photos for a draft that is being opened (a share): added as soon as it is shown. */
    addPhotosTo(key: DraftKey, files: File[]) {
      const bound = binding.bound.peek();
      if (bound?.key === key) void addPhotos(files);
      else waiting = { key, files };
    },
    /** Puts `file` in the place of photo `index` (the fixed copy of it), kept and checked like any photo. */
    async replacePhoto(index: number, file: File) {
      const files = [...(editor.droppedFiles.peek() ?? [])];
      const photos = [...(editor.listing.peek().photos ?? [])];
      if (index >= files.length || index >= photos.length) return;
      const added = await photosFromFiles([file]);
      const photo = added.photos[0];
      if (!photo) return;
      files[index] = file;
      photos[index] = keeper ? { ...photo, src: await keeper.keep(file) } : photo;
      editor.setPhotos(photos, files);
    },
    removePhoto(index: number) {
      const files = editor.droppedFiles.peek();
      const photos = editor.listing.peek().photos ?? [];
      if (!files) {
        editor.setPhotos(photos.filter((_, i) => i !== index));
        return;
      }
      editor.setPhotos(
        photos.filter((_, i) => i !== index),
        files.filter((_, i) => i !== index),
      );
    },
    chooseMarketplace(next: Marketplace) {
      editor.setMarketplace(next);
      memory.write(next);
    },
    dispose() {
      stopWaiting();
      binding.dispose();
      photos.dispose?.();
    },
  };
}

export type CheckModel = ReturnType<typeof createCheckModel>;
