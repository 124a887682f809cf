import { computed } from '@preact/signals';
import type { SessionListingSource } from '../../shared/export/session';
import { onAnotherProduct, type PanelListing, type PanelSection } from '../kit/panel-section';
import { appDB } from '../../shared/storage/db';
import { AddToSession } from './components/AddToSession';
import { createAddToSession, type AddToSessionModel } from './models/add-to-session';
import { createSessionStore, type SessionStore } from './store';

const SOURCES = { page: 'page', 'seller-form': 'form', manual: 'manual' } as const satisfies Record<PanelListing['origin']['value'], SessionListingSource>;

/**
 * The side panel's "Tambah ke sesi". It reads the panel's listing, photo findings and page; it changes nothing of
 * the panel's own state.
 */
export function coachingPanelSection(store: () => SessionStore = () => createSessionStore(appDB())) {
  return (panel: PanelListing): PanelSection & { model: AddToSessionModel } => {
    const model = createAddToSession(store(), {
      listing: panel.editor.listing,
      photoFindings: panel.photos.findings,
      measuredPhotoIndexes: panel.photos.measuredIndexes,
      ...(panel.photos.failedIndexes ? { failedPhotoIndexes: panel.photos.failedIndexes } : {}),
      source: computed(() => SOURCES[panel.origin.value]),
      url: panel.url,
    });
    // Another product in the panel: what was said about the previous one no longer applies.
    const stopReset = onAnotherProduct(panel, () => model.reset());
    return {
      model,
      View: () => <AddToSession model={model} />,
      dispose() {
        stopReset();
        model.close(); // stops following the session list
      },
    };
  };
}
