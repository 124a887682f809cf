import '../kit/zod-jitless';
import { browser } from 'wxt/browser';
import { bi } from '../../shared/i18n/text';
import { allTabStates, forgetTabState, getTabState, putTabState } from '../messaging/tab-states';
import { checkedExtraction, summarize } from '../messaging/extraction';
import type { TabState } from '../messaging/protocol';
import { MessageError, handleMessages, sendToPanels, sendToTab, type Sender } from '../messaging/service';
import { PHOTO_LIMITS } from '../photos/limits';
import { ensureOffscreenDocument } from '../photos/offscreen-host';
import { OPEN_FROM_TOOLBAR, createPanelOpener } from '../sidepanel/panel-opener';
import { currentLang, langFromBrowser, watchSettings } from '../storage/settings';
import { WELCOME_PAGE, welcomeOnInstall } from '../welcome/on-installed';

/** Firefox's sidebar API, which Chrome's types do not know; absent on Firefox for Android. */
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}
const panel = createPanelOpener({
  sidebarAction: (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction,
  sidePanel: browser.sidePanel,
  openTab: (url) => browser.tabs.create({ url }),
  panelUrl: (tabId) => browser.runtime.getURL(tabId === undefined ? '/sidepanel.html' : `/sidepanel.html?tab=${tabId}`),
});

const NO_TAB = bi('Pesan ini harus datang dari sebuah tab.', 'This message must come from a tab.');

function tabOf(sender: Sender): number {
  const id = sender.tab?.id;
  if (id === undefined || id < 0) throw new MessageError(NO_TAB);
  return id;
}

async function remember(state: TabState): Promise<void> {
  await putTabState(state);
  await sendToPanels('tab:updated', { tabId: state.tabId, state });
}

export default defineBackground(() => {
  // The toolbar button opens the panel: the side panel (Chrome), the sidebar (Firefox) or a tab (Firefox for Android).
  panel.wireToolbarButton(browser.action.onClicked);
  // A first install opens the welcome page; an update does not.
  browser.runtime.onInstalled.addListener((details) => {
    void welcomeOnInstall(details, (url) => browser.tabs.create({ url }), browser.runtime.getURL(WELCOME_PAGE));
  });

  handleMessages('background', {
    async 'listing:extracted'({ url, extraction }, sender) {
      const tabId = tabOf(sender);
      const checked = checkedExtraction(extraction);
      const previous = await getTabState(tabId);
      await remember({ tabId, url, page: checked.page, extraction: checked, revision: (previous?.revision ?? 0) + 1, readAt: Date.now() });
      return summarize(checked, await currentLang());
    },
    async 'page:no-listing'({ url, page }, sender) {
      const tabId = tabOf(sender);
      const previous = await getTabState(tabId);
      await remember({ tabId, url, page, extraction: null, revision: (previous?.revision ?? 0) + 1, readAt: Date.now() });
      return {};
    },
    async 'panel:open'(_, sender) {
      if (await panel.open(tabOf(sender))) return { opened: true };
      return { opened: false, hint: OPEN_FROM_TOOLBAR[await currentLang()] };
    },
    'tab:get': ({ tabId }) => getTabState(tabId),
    'form:apply': ({ tabId, values }) => sendToTab(tabId, 'form:write', { values }),
    // The side panel's photo checks run in the offscreen document (Chrome); only the background may start it.
    'photos:offscreen': async () => ({ ready: await ensureOffscreenDocument().catch(() => false) }),
    // Only Rapi's own pages may send these (messaging/senders.ts): a content script may not read another tab.
    'photo:page-blob': ({ tabId, src }) => sendToTab(tabId, 'photo:read-blob', { src, maxBytes: PHOTO_LIMITS.maxBytes }),
  });

  // A new document in a tab: what was read from the old one no longer applies (its content script re-sends).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void getTabState(tabId).then(async (state) => {
      if (!state) return;
      await forgetTabState(tabId);
      await sendToPanels('tab:updated', { tabId, state: null });
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabState(tabId));

  // The seller switched language in the panel: redraw the badges in the open tabs.
  watchSettings(async (settings) => {
    const lang = settings.lang ?? langFromBrowser();
    for (const state of await allTabStates()) {
      if (!state.extraction) continue;
      sendToTab(state.tabId, 'badge:update', summarize(state.extraction, lang)).catch(() => {
        // The tab was closed or navigated away; nothing to redraw.
      });
    }
  });
});
