/**
 * Where the Rapi panel opens, by what the browser has:
 * - Chrome and Edge: the side panel (`sidePanel`), opened by the toolbar button itself once told to;
 * - Firefox on a computer: the sidebar (`sidebarAction`), toggled from the toolbar button's click;
 * - Firefox for Android, which has neither: a tab showing the panel page for the tab the seller was on. Photo checks
 *   then run in that tab (the Firefox build's panel checks photos itself, see photos/service.ts).
 */

import { bi } from '../../shared/i18n/text';

/**
 * What the badge says when the browser would not open the panel from the page: only Firefox on a computer refuses
 * (it opens its sidebar only from its own buttons). In a fresh Firefox profile the Rapi button is not on the toolbar
 * but in the Extensions menu (the puzzle piece); the labels are Firefox's own in each language ("Ekstensi",
 * "Sematkan ke Bilah Alat" / "Extensions", "Pin to Toolbar"). It lives here, not in the badge, and travels in the
 * 'panel:open' reply: the content scripts have a size budget, and only one browser ever shows this text.
 */
export const OPEN_FROM_TOOLBAR = bi(
  'Klik tombol Rapi di bilah alat Firefox. Belum terlihat? Klik tombol Ekstensi (ikon potongan puzzle), lalu Rapi. Agar selalu terlihat: klik kanan Rapi di menu itu, lalu pilih Sematkan ke Bilah Alat.',
  "Click the Rapi button in Firefox's toolbar. Not there? Click the Extensions button (the puzzle-piece icon), then Rapi. To keep it in view: right-click Rapi in that menu, then choose Pin to Toolbar.",
);

export type PanelPlace = 'side-panel' | 'sidebar' | 'tab';

export interface PanelApis {
  sidePanel?: {
    open(options: { tabId: number }): Promise<void>;
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
  openTab(url: string): Promise<unknown>;
  /** The panel page's address, pinned to `tabId` when given (`sidepanel.html?tab=ID`). */
  panelUrl(tabId?: number): string;
}

export interface ToolbarClicks {
  addListener(listener: (tab: { id?: number }) => void): void;
}

export function panelPlace(apis: Pick<PanelApis, 'sidePanel' | 'sidebarAction'>): PanelPlace {
  if (apis.sidebarAction) return 'sidebar';
  if (apis.sidePanel) return 'side-panel';
  return 'tab';
}

export function createPanelOpener(apis: PanelApis) {
  const place = panelPlace(apis);
  const inTab = (tabId: number | undefined) => apis.openTab(apis.panelUrl(tabId === undefined || tabId < 0 ? undefined : tabId));

  return {
    place,
    /** Makes the toolbar button open the panel. */
    wireToolbarButton(clicks: ToolbarClicks): void {
      if (place === 'side-panel') void apis.sidePanel!.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
      else if (place === 'sidebar') clicks.addListener(() => void apis.sidebarAction!.toggle());
      else clicks.addListener((tab) => void inTab(tab.id));
    },
    /**
     * Opens the panel for `tabId` (the badge asked). False when the browser refuses: Firefox opens its sidebar only
     * from its own buttons, so the badge then says where the toolbar button is.
     */
    async open(tabId: number): Promise<boolean> {
      try {
        if (place === 'sidebar') await apis.sidebarAction!.open();
        else if (place === 'side-panel') await apis.sidePanel!.open({ tabId });
        else await inTab(tabId);
        return true;
      } catch {
        return false;
      }
    },
  };
}
