/**
 * The pixel worker: decodes photos and measures them off the page's main thread. In Chrome every extension page
 * (side panel, offscreen document) shares one main thread, so decoding and measuring there would make the panel
 * stutter; here it cannot. The work itself is in pixel-tasks.ts.
 */
import type { PixelRequest } from './pixel-protocol';
import { createPixelTasks } from './pixel-tasks';

const tasks = createPixelTasks({ origin: self.location.origin });

self.onmessage = (event: MessageEvent<PixelRequest>) => {
  void tasks.handle(event.data).then(({ response, transfer }) => self.postMessage(response, { transfer }));
};
