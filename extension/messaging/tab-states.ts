import { browser } from 'wxt/browser';
import { TabState } from './protocol';

/**
 * What the background knows about each tab, kept in storage.session: an MV3 service worker is stopped when
 * idle, and the side panel must still find the page it was showing. Session storage is cleared when the
 * browser closes, and entries go when their tab closes.
 */
const PREFIX = 'rapi:tab:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const raw = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = TabState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function putTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function forgetTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function allTabStates(): Promise<TabState[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([, v]) => TabState.safeParse(v))
    .flatMap((p) => (p.success ? [p.data] : []));
}
