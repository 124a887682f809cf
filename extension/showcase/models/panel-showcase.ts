import { computed, effect } from '@preact/signals';
import { draftKeyFor } from '../../storage/draft-keys';
import type { PanelModel } from '../../sidepanel/models/panel';
import { showcaseService } from '../service';
import { createAddToShowcase, type AddToShowcaseModel } from './add-to-showcase';

const models = new WeakMap<PanelModel, AddToShowcaseModel>();

/**
 * The side panel's "Tambah ke etalase" model, made once per panel model and kept outside the components
 * (design.md §7). It reads the panel's listing, checklist and tab; it changes nothing of the panel's own state.
 */
export function addToShowcaseFor(panel: PanelModel): AddToShowcaseModel {
  let model = models.get(panel);
  if (!model) {
    const state = panel.source.state;
    model = createAddToShowcase(showcaseService(), {
      listing: panel.editor.listing,
      report: panel.checks.report,
      origin: computed(() => (panel.view.value === 'manual' ? 'manual' : panel.onSellerForm.value ? 'seller-form' : 'page')),
      url: computed(() => (panel.view.value === 'manual' ? undefined : state.value?.url)),
      draftKey: computed(() => {
        if (panel.view.value === 'manual' || !state.value) return undefined;
        return draftKeyFor(state.value.page) ?? undefined;
      }),
    });
    models.set(panel, model);
    // Another product in the panel: the form (and "Tersimpan") belonged to the previous one.
    const shown = model;
    let key = panel.editor.base.peek().key;
    effect(() => {
      const next = panel.editor.base.value.key;
      if (next !== key) {
        key = next;
        shown.close();
      }
    });
  }
  return model;
}
