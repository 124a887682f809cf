import { computed, effect } from '@preact/signals';
import type { SessionListingSource } from '../../../shared/export/session';
import { appDB } from '../../storage/db';
import type { PanelModel } from '../../sidepanel/models/panel';
import { createSessionStore } from '../store';
import { createAddToSession, type AddToSessionModel } from './add-to-session';

const models = new WeakMap<PanelModel, AddToSessionModel>();

/**
 * The side panel's "Tambah ke sesi" model, made once per panel model and kept outside the components (design.md §7).
 * It reads the panel's listing, photo findings and tab; it changes nothing of the panel's own state.
 */
export function addToSessionFor(panel: PanelModel): AddToSessionModel {
  let model = models.get(panel);
  if (model) return model;
  const state = panel.source.state;
  const made = createAddToSession(createSessionStore(appDB()), {
    listing: panel.editor.listing,
    photoFindings: panel.photos.findings,
    measuredPhotoIndexes: panel.photos.measuredIndexes,
    source: computed<SessionListingSource>(() => (panel.view.value === 'manual' ? 'manual' : panel.onSellerForm.value ? 'form' : 'page')),
    url: computed(() => (panel.view.value === 'manual' ? undefined : state.value?.url)),
  });
  models.set(panel, made);
  let key = panel.editor.base.peek().key;
  effect(() => {
    const next = panel.editor.base.value.key;
    if (next !== key) {
      key = next;
      made.reset();
    }
  });
  return made;
}
