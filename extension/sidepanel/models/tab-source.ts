import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { TabState } from '../../messaging/protocol';
import { handleMessages, sendToBackground } from '../../messaging/service';

/**
 * Which tab the panel shows, and what the background knows about it. A panel opened for one tab
 * (`?tab=ID`, as the tests and the badge do) stays on it; otherwise it follows the active tab of its window.
 */
export function createTabSource(fixedTabId: number | undefined) {
  const tabId = signal<number | null>(fixedTabId ?? null);
  const state = signal<TabState | null>(null);
  const loading = signal(true);

  async function show(id: number | null) {
    tabId.value = id;
    if (id === null) {
      state.value = null;
      loading.value = false;
      return;
    }
    try {
      const fresh = await sendToBackground('tab:get', { tabId: id });
      if (tabId.value === id) state.value = fresh;
    } catch {
      if (tabId.value === id) state.value = null;
    } finally {
      loading.value = false;
    }
  }

  const stopMessages = handleMessages('panel', {
    'tab:updated': ({ tabId: id, state: next }) => {
      if (id === tabId.value) state.value = next;
      return {};
    },
  });

  const cleanups = [stopMessages];
  if (fixedTabId === undefined) {
    const activeTab = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    };
    void activeTab().then(show);
    const onActivated = (info: { tabId: number }) => void show(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    cleanups.push(() => browser.tabs.onActivated.removeListener(onActivated));
  } else {
    void show(fixedTabId);
  }

  return {
    tabId,
    state,
    loading,
    stop: () => cleanups.forEach((c) => c()),
  };
}

export type TabSource = ReturnType<typeof createTabSource>;

/** Reads `?tab=ID` from the panel's address. */
export function tabFromLocation(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}
