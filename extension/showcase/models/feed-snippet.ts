import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ShowcaseFeed } from '../../../shared/feed/schema';
import type { ShowcaseRow } from '../../storage/showcases-table';
import { SHOWCASE_COPY as C } from '../copy';
import type { ShowcaseService } from '../service';
import { embedSnippet, isSnippetUrl, type SnippetMode } from '../snippet';
import type { Say } from './notice';

/** The embed code of the open showcase (docs/embed.md's two shapes) and where the curator hosts the files. */
export function createFeedSnippet(deps: {
  service: ShowcaseService;
  current: ReadonlySignal<ShowcaseRow | null | undefined>;
  feed: ReadonlySignal<ShowcaseFeed | null>;
  copyText: (text: string) => Promise<void>;
  say: Say;
}) {
  const mode = signal<SnippetMode>('inline');
  const scriptUrl = signal('');
  const feedUrl = signal('');
  const text = computed(() => {
    const feed = deps.feed.value;
    return feed ? embedSnippet(feed, { mode: mode.value, scriptUrl: scriptUrl.value, feedUrl: feedUrl.value }) : '';
  });
  const badUrls = computed(() => ({
    script: scriptUrl.value.trim() !== '' && !isSnippetUrl(scriptUrl.value),
    feed: feedUrl.value.trim() !== '' && !isSnippetUrl(feedUrl.value),
  }));

  return {
    mode,
    scriptUrl,
    feedUrl,
    text,
    badUrls,
    /** A showcase just opened: the addresses it was last published at. */
    showHosting(row: ShowcaseRow) {
      scriptUrl.value = row.hosting?.scriptUrl ?? '';
      feedUrl.value = row.hosting?.feedUrl ?? '';
    },
    /** Remembers where the curator hosts the files (only addresses the snippet accepts). */
    async saveHosting() {
      const showcase = deps.current.peek();
      if (!showcase) return;
      const hosting = {
        ...(isSnippetUrl(scriptUrl.peek()) ? { scriptUrl: scriptUrl.peek().trim() } : {}),
        ...(isSnippetUrl(feedUrl.peek()) ? { feedUrl: feedUrl.peek().trim() } : {}),
      };
      if (JSON.stringify(hosting) === JSON.stringify(showcase.hosting ?? {})) return;
      await deps.service.updateShowcase(showcase.id, { title: showcase.title, curator: showcase.curator, hosting });
    },
    async copy() {
      try {
        await deps.copyText(text.peek());
        deps.say(C.copied);
      } catch {
        deps.say(C.copyFailed, { tone: 'alert' });
      }
    },
  };
}

export type FeedSnippetModel = ReturnType<typeof createFeedSnippet>;
