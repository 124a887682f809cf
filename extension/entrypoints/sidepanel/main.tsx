import { effect } from '@preact/signals';
import { render } from 'preact';
import { App } from '../../ui/components/App';
import { createPanelModel } from '../../ui/models/panel';
import { tabFromLocation } from '../../ui/models/tab-source';

// `?tab=ID` pins the panel to one tab (tests open the panel as a tab, where "the active tab" is the panel itself).
const model = createPanelModel({ fixedTabId: tabFromLocation(location.search) });

// Screen readers pick their voice from the page language.
effect(() => {
  document.documentElement.lang = model.lang.lang.value;
});

render(<App model={model} />, document.getElementById('app')!);
