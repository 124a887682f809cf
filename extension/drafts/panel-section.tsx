import { computed } from '@preact/signals';
import type { PanelDraftsSection, PanelListing } from '../kit/panel-section';
import { DraftBar } from './components/DraftBar';
import { createPanelDrafts, type PanelDrafts, type PanelDraftsOptions } from './models/panel-drafts';
import { draftService } from './service';

/** The side panel's draft bar: continue a draft, autosave, before → after, "Terapkan ke formulir". */
export function draftsPanelSection(deps: Partial<Pick<PanelDraftsOptions, 'service' | 'journal' | 'memory' | 'timing'>> = {}) {
  const service = deps.service ?? draftService();
  return (panel: PanelListing): PanelDraftsSection & { model: PanelDrafts } => {
    const drafts = createPanelDrafts({
      ...deps,
      service,
      editor: panel.editor,
      page: panel.page,
      report: panel.report,
      photos: panel.photos,
      writeForm: panel.writeForm,
    });
    const onSellerForm = computed(() => panel.origin.value === 'seller-form');
    return {
      model: drafts,
      View: () => <DraftBar drafts={drafts} onSellerForm={onSellerForm.value} />,
      expectWritten: drafts.expectWritten,
      flush: drafts.flush,
      dispose: drafts.dispose,
    };
  };
}
