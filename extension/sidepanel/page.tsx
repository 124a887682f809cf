import type { PanelSections } from '../kit/panel-section';
import { mountPage } from '../../shared/ui/mount-page';
import { App } from './components/App';
import { createPanelModel } from './models/panel';
import { tabFromLocation } from './models/tab-source';
import './style.css';

/** The side panel (sidepanel.html): the checklist of the listing in the tab, with the features' sections. */
export function mountSidePanel(root: HTMLElement, sections: PanelSections): void {
  // `?tab=ID` pins the panel to one tab (tests open the panel as a tab, where "the active tab" is the panel itself).
  const model = createPanelModel({ fixedTabId: tabFromLocation(location.search), sections });
  // Closing or hiding the panel saves the draft now, not after the autosave pause (the journal covers a crash).
  mountPage(root, { lang: model.lang, flush: () => model.drafts.flush() }, <App model={model} />);
}
