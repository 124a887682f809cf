import { effect } from '@preact/signals';
import { render } from 'preact';
import { App } from '../../ui/components/App';
import { createPanelModel } from '../../ui/models/panel';
import { tabFromLocation } from '../../ui/models/tab-source';
import { dexiePhotoCache } from '../../photos/cache';
import { createPhotoService } from '../../photos/service';

// `?tab=ID` pins the panel to one tab (tests open the panel as a tab, where "the active tab" is the panel itself).
const model = createPanelModel({
  fixedTabId: tabFromLocation(location.search),
  // Chrome: the offscreen document checks photos; Firefox: this page does (photos/service.ts).
  photoService: createPhotoService(),
  photoCache: dexiePhotoCache(),
});

// Screen readers pick their voice from the page language.
effect(() => {
  document.documentElement.lang = model.lang.lang.value;
});

render(<App model={model} />, document.getElementById('app')!);
