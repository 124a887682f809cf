import type { Browser } from 'wxt/browser';

/**
 * Who may send a message. A content script runs inside a marketplace page, next to the page's own scripts; if that
 * page is hostile or compromised, whatever a content script may ask, the page may ask too. So the messages that
 * reach into other tabs or into the extension's own privileged pages (read another tab's listing, fill a seller
 * form, fetch or read a photo in the offscreen document) are taken only from Rapi's own pages.
 *
 * - `extension`: Rapi's own pages only (background, side panel, offscreen document, Rapi's tabs), never a content
 *   script, a web page or another extension;
 * - `content`: Rapi's content scripts (the page they run in is the tab the message is about), or Rapi's pages.
 */
export type SenderKind = 'extension' | 'content';

export type Sender = Browser.runtime.MessageSender;

export interface Self {
  /** This extension's id (browser.runtime.id). */
  id: string;
  /** This extension's origin with a trailing slash (browser.runtime.getURL('/')). */
  origin: string;
}

/** A document of this extension: its URL is on the extension's own origin (a content script's is the web page's). */
export function isExtensionPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

export function senderAllowed(kind: SenderKind, sender: Sender, self: Self): boolean {
  if (sender.id !== self.id) return false;
  return kind === 'content' || isExtensionPage(sender, self);
}
