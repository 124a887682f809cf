import type { PageInfo } from '../../shared/marketplaces/types';
import type { BadgeSummary, ExtractionPayload } from '../messaging/protocol';
import { sendToBackground } from '../messaging/content-side';

/**
 * Sends what was read to the background, only when it changed (a page re-renders far more often than its
 * listing changes), and returns the badge numbers. The URL is part of "changed": a new address is a new page
 * for the panel even if the DOM has not caught up yet.
 */
export function createListingReporter() {
  let lastSent = '';
  return {
    async extracted(url: string, extraction: ExtractionPayload): Promise<BadgeSummary | undefined> {
      const key = `${url}\n${JSON.stringify(extraction)}`;
      if (key === lastSent) return undefined;
      lastSent = key;
      try {
        return await sendToBackground('listing:extracted', { url, extraction });
      } catch {
        lastSent = ''; // try again on the next change (the background may have been restarting)
        return undefined;
      }
    },
    async noListing(url: string, page: PageInfo): Promise<void> {
      const key = `${url}\nno-listing`;
      if (key === lastSent) return;
      lastSent = key;
      await sendToBackground('page:no-listing', { url, page }).catch(() => {
        lastSent = '';
      });
    },
  };
}
