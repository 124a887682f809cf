import { computed } from '@preact/signals';
import { onAnotherProduct, type PanelListing, type PanelSection } from '../kit/panel-section';
import { draftKeyFor } from '../../shared/storage/draft-keys';
import { AddToShowcase } from './components/AddToShowcase';
import { KeepCurrent } from './components/KeepCurrent';
import { createKeepCurrent, type KeepCurrentModel } from './models/keep-current';
import { createAddToShowcase, type AddToShowcaseModel } from './models/add-to-showcase';
import { showcaseService, type ShowcaseService } from './service';

/**
 * The side panel's "Tambah ke etalase", and "Perbarui etalase Anda" when this product is already in a showcase
 * and its page changed. It reads the panel's listing, checklist and page; it changes nothing of the panel's own
 * state.
 */
export function showcasePanelSection(service: ShowcaseService = showcaseService()) {
  return (panel: PanelListing): PanelSection & { model: AddToShowcaseModel; keepCurrent: KeepCurrentModel } => {
    const model = createAddToShowcase(service, {
      listing: panel.editor.listing,
      report: panel.report,
      origin: panel.origin,
      url: panel.url,
      draftKey: computed(() => {
        const page = panel.origin.value === 'manual' ? null : panel.page.value;
        return (page && draftKeyFor(page)) ?? undefined;
      }),
    });
    // Another product in the panel: the form (and "Tersimpan") belonged to the previous one.
    const stopReset = onAnotherProduct(panel, () => model.close());
    // What the marketplace page says now (not the seller's edits), to keep showcase items current.
    const keepCurrent = createKeepCurrent(service, {
      pageListing: computed(() => (panel.origin.value === 'page' ? panel.editor.base.value.listing : null)),
    });
    const View = () => (
      <>
        <KeepCurrent model={keepCurrent} />
        <AddToShowcase model={model} />
      </>
    );
    return {
      model,
      keepCurrent,
      View,
      dispose: () => {
        stopReset();
        keepCurrent.dispose();
      },
    };
  };
}
