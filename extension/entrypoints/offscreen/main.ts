/**
 * The offscreen document (Chrome): Rapi's photo checker. It lives as long as the browser, so one OCR worker serves
 * every side panel and is not restarted each time a panel opens. It only answers messages; it has no UI.
 */
import '../../kit/zod-jitless';
import { handleMessages, sendToPanels } from '../../messaging/service';
import { createPhotoAnalyzer } from '../../photos/analyzer';

const analyzer = createPhotoAnalyzer();

/** Progress is sent at most this often per photo (tesseract reports every percent). */
const PROGRESS_EVERY_MS = 150;

handleMessages('offscreen', {
  'photo:measure': ({ url }) => analyzer.measure(url),
  'photo:read-text': ({ url, ticket }) => {
    let last = 0;
    return analyzer.readText(url, (progress) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS && progress < 1) return;
      last = now;
      void sendToPanels('photo:progress', { ticket, progress });
    });
  },
});
