import { effect, type ReadonlySignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { Report } from '../../shared/checks/types';
import type { Listing } from '../../shared/listing/schema';
import type { PageInfo } from '../../shared/marketplaces/types';
import type { PhotoFindingsInput } from '../../shared/ui/checklist/report';
import type { FormValues, WriteResult } from '../messaging/protocol';
import type { ListingEditor } from '../../shared/ui/listing-editor';

/**
 * How a feature shows itself in the side panel (drafts' bar, the photo checks, "Tambah ke etalase", "Tambah ke
 * sesi"). The panel (sidepanel/) builds every section from the listing it shows and disposes each one when it
 * closes. A section sees only this outline, never the panel, so no feature imports another; the side panel's
 * entrypoint is the one place that lists them.
 */

/** Where the listing in the panel came from. */
export type PanelOrigin = 'page' | 'seller-form' | 'manual';

/** What the panel shows, as its sections see it. */
export interface PanelListing {
  /** The listing being checked: what was read plus the seller's edits. */
  editor: ListingEditor;
  report: ReadonlySignal<Report | null>;
  photos: PhotoFindingsInput;
  origin: ReadonlySignal<PanelOrigin>;
  /** The product page's address; undefined in manual mode. */
  url: ReadonlySignal<string | undefined>;
  /** The page the panel reads (null: none, or manual mode). */
  page: ReadonlySignal<PageInfo | null>;
  /** Writes values into the seller form of the tab the panel shows. */
  writeForm(values: FormValues): Promise<WriteResult>;
}

export interface PanelSection {
  /** The section's part of the panel, bound to this panel's models. */
  View: ComponentType;
  /** Stops the section's effects and watches; the panel calls it when it closes. */
  dispose(): void;
}

/** Calls `then` each time the panel shows another product (not on a re-read of the same page); returns the stop. */
export function onAnotherProduct(panel: PanelListing, then: () => void): () => void {
  let key = panel.editor.base.peek().key;
  return effect(() => {
    const next = panel.editor.base.value.key;
    if (next === key) return;
    key = next;
    then();
  });
}

export type PanelSectionFactory<Section extends PanelSection = PanelSection> = (panel: PanelListing) => Section;

/** The photo checks come first: their findings count in the score every other section sees. */
export interface PanelPhotosInput {
  listing: ReadonlySignal<Listing>;
  /** Files the seller dropped, one per listing photo. */
  files: ReadonlySignal<readonly Blob[] | undefined>;
  /** Asks the tab for a blob: preview only it can open (a photo just chosen in the seller form); unchecked. */
  readPageBlob: (src: string) => Promise<unknown>;
}
export type PanelPhotosSection = PanelSection & PhotoFindingsInput;

/** The draft keeps what the panel writes into the form, and saves at once when the panel closes. */
export interface PanelDraftsSection extends PanelSection {
  /** Fields written into the seller form by the panel's own buttons: settle them like an applied draft. */
  expectWritten(fields: readonly string[]): void;
  flush(): Promise<void>;
}

export interface PanelSections {
  photos: (input: PanelPhotosInput) => PanelPhotosSection;
  drafts: PanelSectionFactory<PanelDraftsSection>;
  /** Shown after the checklist, in this order. */
  more: readonly PanelSectionFactory[];
}
