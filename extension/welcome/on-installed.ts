/** The welcome page, as the background opens it and the panel links to it. */
export const WELCOME_PAGE = '/welcome.html';

/** What runtime.onInstalled passes: "install", "update", "chrome_update" / "browser_update", "shared_module_update". */
export interface InstalledDetails {
  reason: string;
}

/**
 * Opens the welcome page in a new tab on a first install only: an update (or the browser's own update) must not
 * greet a seller who already uses Rapi. Returns whether it opened.
 */
export async function welcomeOnInstall(details: InstalledDetails, openTab: (url: string) => Promise<unknown>, pageUrl: string): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await openTab(pageUrl);
  return true;
}
