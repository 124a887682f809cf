/**
 * The phone's photo worker: decoding, measuring and fixing photos off the page's main thread, so typing stays
 * smooth on a slow phone. The work itself is in photo-tasks.ts.
 */
import { createPhotoTasks } from './photo-tasks';
import type { PhotoWorkRequest } from './worker-protocol';

const handle = createPhotoTasks();

self.onmessage = (event: MessageEvent<PhotoWorkRequest>) => {
  void handle(event.data).then(({ response, transfer }) => self.postMessage(response, { transfer }));
};
