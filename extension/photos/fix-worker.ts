/**
 * The photo fixer's worker: decoding a photo of up to 8000 × 8000, drawing and encoding the fixed copy all happen
 * here, so the panel never freezes. The work itself is in fix-tasks.ts.
 */
import type { FixRequest } from './fix-protocol';
import { createFixTasks } from './fix-tasks';

const handle = createFixTasks({ origin: self.location.origin });

self.onmessage = (event: MessageEvent<FixRequest>) => {
  void handle(event.data).then(({ response, transfer }) => self.postMessage(response, { transfer }));
};
