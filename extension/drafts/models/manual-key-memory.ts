import { isDraftKey } from '../../../shared/storage/draft-keys';
import type { DraftKey } from '../../../shared/drafts/types';

/** Remembers the last draft typed by hand in the panel, so reopening manual mode can offer to continue it. */
export interface KeyMemory {
  get(): DraftKey | null;
  set(key: DraftKey): void;
}

const MANUAL_SLOT = 'rapi:panel:last-manual-draft';

/** The memory in localStorage (the extension's origin, shared by its pages); a no-op where there is none. */
export function localKeyMemory(): KeyMemory {
  return {
    get() {
      try {
        const value = globalThis.localStorage?.getItem(MANUAL_SLOT);
        return isDraftKey(value) ? value : null;
      } catch {
        return null;
      }
    },
    set(key) {
      try {
        globalThis.localStorage?.setItem(MANUAL_SLOT, key);
      } catch {
        // Storage full or off: the draft itself is saved; only the offer to continue it is lost.
      }
    },
  };
}
