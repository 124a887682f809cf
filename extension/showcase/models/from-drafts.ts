import { signal, type ReadonlySignal } from '@preact/signals';
import { prefillItem } from '../../../shared/feed/prefill';
import type { Listing } from '../../../shared/listing/schema';
import { SHOWCASE_COPY as C } from '../copy';
import type { ShowcaseService } from '../service';
import type { Say } from './notice';

/** A draft as "Tambah dari draf" lists it. */
export interface DraftChoice {
  key: string;
  title: string;
  score: number;
}

/** The seller's drafts, given by the page's entrypoint (the showcase does not reach into drafts/). */
export interface DraftSource {
  listDrafts(query: { limit: number }): Promise<{ items: DraftChoice[] }>;
  findDraft(key: string): Promise<{ listing: Listing; score: number } | null>;
}

/** "Tambah dari draf": any checked draft goes into the open showcase, pre-filled like a product page. */
export function createFromDrafts(deps: { service: ShowcaseService; drafts: DraftSource; openId: ReadonlySignal<string | null>; say: Say }) {
  const choices = signal<DraftChoice[]>([]);
  return {
    choices: choices as ReadonlySignal<DraftChoice[]>,
    async load() {
      try {
        choices.value = (await deps.drafts.listDrafts({ limit: 200 })).items;
      } catch {
        choices.value = [];
      }
    },
    async add(key: string) {
      const id = deps.openId.peek();
      if (!id || !key) return;
      const draft = await deps.drafts.findDraft(key);
      if (!draft) return deps.say(C.notFound, { tone: 'alert' });
      const result = await deps.service.addItem(id, { item: prefillItem(draft.listing), origin: { kind: 'draft', score: draft.score }, draftKey: key });
      if (!result.ok) return deps.say(result.problem, { tone: 'alert' });
      deps.say(C.addedDraft(result.row.item.name));
    },
  };
}
