import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftService } from '../../shared/drafts/service';
import type { DraftKey } from '../../shared/drafts/types';
import { isDraftKey } from '../../shared/storage/draft-keys';
import type { BilingualText } from '../../shared/i18n/text';
import { createDraftsPageModel, type DraftsPageModel } from '../../shared/ui/drafts/drafts-page';
import type { LangModel } from '../../shared/ui/lang-context';
import { createCheckModel } from '../check/model';
import { forgetUnusedPhotos, type PhotoKeeper } from '../photos/keep';
import { takeShare, type SharedItem } from '../share/inbox';
import { createShareReceiver } from '../share/receive';
import type { PwaModel } from './pwa';
import { hashFor, routeFromHash, type PhoneRoute } from './route';

const LAST_DRAFT = 'rapi:last-draft';

export interface PhoneModelOptions {
  service: DraftService;
  lang: LangModel;
  /** The page's address and history; tests pass their own. */
  location?: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history?: Pick<History, 'pushState' | 'replaceState'>;
  photos?: Parameters<typeof createCheckModel>[0]['photos'];
  pwa?: PwaModel;
  /** Where the last draft is remembered, so the app reopens it (default localStorage). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Keeps the seller's photos on the phone (default: none, photos last for the visit). */
  keeper?: PhotoKeeper;
  /** Takes a share out of the service worker's inbox (default: web/share/inbox.ts over Cache Storage). */
  takeShare?: (id: string) => Promise<SharedItem | null>;
}

/**
 * Everything Rapi di HP shows, as signals outside the components: where the seller is (checking a listing, or
 * their drafts), the drafts ("Draf saya": the same list, history, export and import as the extension) and the
 * listing being checked, autosaved as a draft.
 */
export function createPhoneModel(options: PhoneModelOptions) {
  const { service, lang } = options;
  const where = options.location ?? location;
  const pages = options.history ?? history;
  const route = signal<PhoneRoute>(routeFromHash(where.hash));
  /** Polite news for the whole page ("Draf dibuat dari tautan Tokopedia"). */
  const news = signal<BilingualText | null>(null);

  const setHash = (hash: string) => {
    if (where.hash !== hash) pages.pushState(null, '', hash || where.pathname + where.search);
    route.value = routeFromHash(hash);
  };
  const drafts = createDraftsPageModel({ service, initialRoute: draftsRoute(route.peek()), setHash });
  const check = createCheckModel({ service, session: drafts.session, open: (key) => drafts.open(key), photos: options.photos, keeper: options.keeper });
  const storage = options.storage ?? globalThis.localStorage;
  const stopRemember = effect(() => {
    const key = check.draft.value?.key;
    if (!key) return;
    try {
      storage?.setItem(LAST_DRAFT, key);
    } catch {
      // not remembered: the seller finds it in "Draf saya"
    }
  });

  /** Shows `next`; `how` says what happens to the address (a new history entry, the same one, or nothing). */
  function go(next: PhoneRoute, how: 'push' | 'replace' | 'none' = 'push') {
    const hash = hashFor(next);
    if (how === 'push') setHash(hash);
    if (how === 'replace' && where.hash !== hash) pages.replaceState(null, '', hash || where.pathname + where.search);
    batch(() => {
      route.value = next;
      news.value = null;
      const shared = share.note.peek();
      if (shared && (next.screen !== 'check' || next.key !== shared.draftKey)) share.dismiss();
    });
    void drafts.go(draftsRoute(next));
  }

  const share = createShareReceiver({
    service,
    take: options.takeShare ?? ((id) => takeShare(caches, new URL('./', document.baseURI).href, id)),
    open: (key) => go({ screen: 'check', key }),
    addPhotos: (key, files) => check.addPhotosTo(key, files),
  });

  /** What the shared "Draf saya" parts call: a new draft is the empty form (it becomes a draft once typed in). */
  const draftsView: DraftsPageModel = { ...drafts, newDraft: async () => go({ screen: 'check' }) };

  /** The draft the seller worked on last, if it still exists, else a new listing. */
  async function resume(how: 'push' | 'replace' = 'push') {
    let key: string | null = null;
    try {
      key = storage?.getItem(LAST_DRAFT) ?? null;
    } catch {
      key = null;
    }
    const draft = key && isDraftKey(key) ? await service.findDraft(key).catch(() => null) : null;
    go(draft ? { screen: 'check', key: draft.id } : { screen: 'check' }, how);
  }

  return {
    lang,
    service,
    pwa: options.pwa ?? null,
    route: route as ReadonlySignal<PhoneRoute>,
    news: news as ReadonlySignal<BilingualText | null>,
    drafts: draftsView,
    check,
    share,
    go,
    /** Follows the address (back and forward buttons, a link). */
    follow() {
      go(routeFromHash(where.hash), 'none');
    },
    resume,
    /** Once, when the page opens: at the bare address, back to the last draft; saves what a closed tab left. */
    async start() {
      const shared = share.idFrom(where.search);
      if (shared) {
        // The address loses ?share= at once: a reload must not take the same share twice.
        pages.replaceState(null, '', where.pathname + where.hash);
        const key = await share.receive(shared);
        if (!key) await resume('replace');
      } else {
        const first = route.peek();
        if (first.screen === 'check' && !first.key) await resume('replace');
      }
      await drafts.start();
      // Photos of deleted drafts and old revisions go once the page has settled.
      if (options.keeper) await forgetUnusedPhotos(service.db, options.keeper).catch(() => 0);
    },
    openDraft(key: DraftKey) {
      go({ screen: 'check', key });
    },
    announce(text: BilingualText | null) {
      news.value = text;
    },
    /** Saves what is unsaved now (the page is being hidden or closed). */
    flush: () => drafts.flush(),
    dispose() {
      stopRemember();
      check.dispose();
      drafts.dispose();
    },
  };
}

function draftsRoute(route: PhoneRoute) {
  return route.screen === 'check' && route.key ? ({ view: 'draft', key: route.key } as const) : ({ view: 'list' } as const);
}

export type PhoneModel = ReturnType<typeof createPhoneModel>;
