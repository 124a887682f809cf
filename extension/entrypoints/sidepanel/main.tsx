import { effect } from '@preact/signals';
import { render } from 'preact';
import { App } from '../../sidepanel/components/App';
import { createPanelModel } from '../../sidepanel/models/panel';
import { tabFromLocation } from '../../sidepanel/models/tab-source';
import { dexiePhotoCache } from '../../photos/cache';
import { createPhotoService } from '../../photos/service';

// `?tab=ID` pins the panel to one tab (tests open the panel as a tab, where "the active tab" is the panel itself).
const model = createPanelModel({
  fixedTabId: tabFromLocation(location.search),
  // Chrome: the offscreen document checks photos; Firefox: this page does (photos/service.ts).
  photoService: createPhotoService(),
  photoCache: dexiePhotoCache(),
});

// Closing or hiding the panel saves the draft now, not after the autosave pause (the journal covers a crash).
addEventListener('pagehide', () => void model.drafts.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void model.drafts.flush();
});

// Screen readers pick their voice from the page language.
effect(() => {
  document.documentElement.lang = model.lang.lang.value;
});

render(<App model={model} />, document.getElementById('app')!);
