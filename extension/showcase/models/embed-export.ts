import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { buildEmbed, EMBED_FILES, type EmbedScripts } from '../../../shared/embed';
import { isSnippetUrl, type SnippetMode } from '../../../shared/embed/snippet';
import type { ShowcaseFeed } from '../../../shared/feed/schema';
import type { Lang } from '../../../shared/i18n/text';
import type { ShowcaseRow } from '../../../shared/storage/showcases-table';
import { SHOWCASE_COPY as C } from '../copy';
import type { ShowcaseService } from '../service';
import type { Say } from './notice';

/** The three ways onto a site (docs/embed.md): a standalone page, one block of code, or hosted files. */
export type EmbedChoice = 'page' | 'block' | 'hosted';

export interface EmbedExportDeps {
  service: ShowcaseService;
  current: ReadonlySignal<ShowcaseRow | null | undefined>;
  feed: ReadonlySignal<ShowcaseFeed | null>;
  /** The page's language: the standalone page and the block are made in it. */
  lang: ReadonlySignal<Lang>;
  /** The built widget and the standalone page's QR script, shipped inside the extension (modules/embed-scripts.ts). */
  loadScripts: () => Promise<EmbedScripts>;
  saveFile: (name: string, text: string, type: string) => void;
  copyText: (text: string) => Promise<void>;
  say: Say;
}

/**
 * "Pasang di situs": the open showcase as a standalone page (download), one block of code (copy), or the hosted
 * form (copy the code, download rapi-etalase.js and the feed), all made by shared/embed, the builder `rapi
 * etalase` uses too. The widget's files are read from the extension only when first needed.
 */
export function createEmbedExport(deps: EmbedExportDeps) {
  const choice = signal<EmbedChoice>('page');
  const mode = signal<SnippetMode>('inline');
  const scriptUrl = signal('');
  const feedUrl = signal('');
  const intro = signal('');
  const scripts = signal<EmbedScripts | null>(null);
  const scriptsFailed = signal(false);

  async function ensureScripts(): Promise<EmbedScripts | null> {
    if (scripts.peek()) return scripts.peek();
    try {
      scripts.value = await deps.loadScripts();
      scriptsFailed.value = false;
    } catch {
      scriptsFailed.value = true;
      deps.say(C.embedScriptsMissing, { tone: 'alert' });
    }
    return scripts.peek();
  }

  /** The code shown for copying: the block (once the widget is read) or the hosted snippet. */
  const code = computed(() => {
    const feed = deps.feed.value;
    if (!feed) return '';
    if (choice.value === 'hosted') return buildEmbed(feed, { form: 'hosted', mode: mode.value, scriptUrl: scriptUrl.value, feedUrl: feedUrl.value });
    const loaded = scripts.value;
    return choice.value === 'block' && loaded ? buildEmbed(feed, { form: 'block', scripts: loaded, lang: deps.lang.value }) : '';
  });
  const badUrls = computed(() => ({
    script: scriptUrl.value.trim() !== '' && !isSnippetUrl(scriptUrl.value),
    feed: feedUrl.value.trim() !== '' && !isSnippetUrl(feedUrl.value),
  }));

  return {
    choice,
    mode,
    scriptUrl,
    feedUrl,
    intro,
    code,
    badUrls,
    scriptsFailed,
    choose(next: EmbedChoice) {
      choice.value = next;
      if (next === 'block') void ensureScripts();
    },
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
    async downloadPage() {
      const feed = deps.feed.peek();
      const loaded = feed && (await ensureScripts());
      if (!feed || !loaded) return;
      const page = buildEmbed(feed, { form: 'page', scripts: loaded, lang: deps.lang.peek(), intro: intro.peek() });
      deps.saveFile(EMBED_FILES.page, page, 'text/html');
      deps.say(C.pageDownloaded(EMBED_FILES.page, feed.items.length));
    },
    async downloadWidget() {
      const loaded = await ensureScripts();
      if (!loaded) return;
      deps.saveFile(EMBED_FILES.widget, loaded.widget, 'text/javascript');
      deps.say(C.widgetDownloaded);
    },
    async copy() {
      if (choice.peek() === 'block' && !(await ensureScripts())) return;
      try {
        await deps.copyText(code.peek());
        deps.say(choice.peek() === 'block' ? C.blockCopied : C.copied);
      } catch {
        deps.say(C.copyFailed, { tone: 'alert' });
      }
    },
  };
}

export type EmbedExportModel = ReturnType<typeof createEmbedExport>;
