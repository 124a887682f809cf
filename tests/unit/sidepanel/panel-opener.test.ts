import { describe, expect, it, vi } from 'vitest';
import { createPanelOpener, type PanelApis } from '../../../extension/sidepanel/panel-opener';

/** The toolbar button and the badge's "open the panel", for each kind of browser. */

function clicks() {
  const listeners: ((tab: { id?: number }) => void)[] = [];
  return { addListener: (l: (tab: { id?: number }) => void) => listeners.push(l), click: (tab: { id?: number }) => listeners.forEach((l) => l(tab)), listeners };
}

const panelUrl = (tabId?: number) => `moz-extension://x/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`;

describe('where the panel opens', () => {
  it('Firefox for Android (no sidebarAction, no sidePanel): the toolbar button opens the panel in a tab, pinned to the tab it was clicked on', async () => {
    const openTab = vi.fn(async () => ({}));
    const opener = createPanelOpener({ openTab, panelUrl });
    expect(opener.place).toBe('tab');
    const toolbar = clicks();
    opener.wireToolbarButton(toolbar);
    toolbar.click({ id: 7 });
    expect(openTab).toHaveBeenCalledWith('moz-extension://x/sidepanel.html?tab=7');
    // The badge asks too: a tab again, and the badge is told it worked (no toolbar hint).
    expect(await opener.open(9)).toBe(true);
    expect(openTab).toHaveBeenLastCalledWith('moz-extension://x/sidepanel.html?tab=9');
    // A click with no tab (Android can report -1): the panel opens unpinned and follows the active tab.
    toolbar.click({ id: -1 });
    expect(openTab).toHaveBeenLastCalledWith('moz-extension://x/sidepanel.html');
  });

  it('Firefox on a computer: the toolbar button toggles the sidebar; the badge may be refused', async () => {
    const sidebarAction = { open: vi.fn(async () => Promise.reject(new Error('may only be called from a user input handler'))), toggle: vi.fn(async () => {}) };
    const openTab = vi.fn(async () => ({}));
    const opener = createPanelOpener({ sidebarAction, openTab, panelUrl });
    expect(opener.place).toBe('sidebar');
    const toolbar = clicks();
    opener.wireToolbarButton(toolbar);
    toolbar.click({ id: 3 });
    expect(sidebarAction.toggle).toHaveBeenCalledOnce();
    expect(await opener.open(3)).toBe(false);
    expect(openTab).not.toHaveBeenCalled();
  });

  it('Chrome: the side panel opens from the toolbar button by itself, and for the badge’s tab', async () => {
    const sidePanel = { open: vi.fn(async () => {}), setPanelBehavior: vi.fn(async () => {}) };
    const apis: PanelApis = { sidePanel, openTab: vi.fn(async () => ({})), panelUrl };
    const opener = createPanelOpener(apis);
    expect(opener.place).toBe('side-panel');
    const toolbar = clicks();
    opener.wireToolbarButton(toolbar);
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(toolbar.listeners).toHaveLength(0);
    expect(await opener.open(5)).toBe(true);
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 5 });
  });
});
