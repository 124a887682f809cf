import { useEffect, useRef } from 'preact/hooks';
import type { DraftSort, DraftSummary } from '../../drafts/types';
import type { BilingualText } from '../../i18n/text';
import { PAGE_COPY } from './copy';
import { usePage, useText } from './context';
import { formatAgo } from '../../drafts/format';

const SORTS: DraftSort[] = ['updated', 'score-low', 'score-high'];

/** The drafts: search, sort, open, delete with undo. `empty` is what to say when there are none yet (per app). */
export function DraftList({ empty = PAGE_COPY.empty }: { empty?: BilingualText }) {
  const { model } = usePage();
  const t = useText();
  const items = model.items.value;
  const total = model.total.value;
  const searching = model.query.value.trim() !== '';
  return (
    <section aria-labelledby="page-title">
      <div class="toolbar">
        <div class="field">
          <label for="draft-search">{t(PAGE_COPY.search)}</label>
          <input
            id="draft-search"
            type="search"
            value={model.query.value}
            aria-describedby="draft-search-hint"
            onInput={(e) => model.search(e.currentTarget.value)}
          />
          <p id="draft-search-hint" class="hint">
            {t(PAGE_COPY.searchHint)}
          </p>
        </div>
        <div class="field">
          <label for="draft-sort">{t(PAGE_COPY.sort)}</label>
          <select id="draft-sort" value={model.sort.value} onChange={(e) => model.sortBy(e.currentTarget.value as DraftSort)}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(PAGE_COPY.sorts[sort])}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void model.newDraft()}>
          {t(PAGE_COPY.newDraft)}
        </button>
      </div>
      <UndoBar />
      {!model.loading.value && items.length === 0 ? (
        <p class="empty">{t(searching ? PAGE_COPY.noMatch : empty)}</p>
      ) : (
        <>
          <p class="count" aria-live="polite">
            {total !== null && t(PAGE_COPY.count(items.length, total))}
          </p>
          <ul class="draft-list">
            {items.map((item) => (
              <DraftItem key={item.key} item={item} />
            ))}
          </ul>
          {model.hasMore.value && (
            <button type="button" class="secondary" onClick={() => model.showMore()}>
              {t(PAGE_COPY.loadMore)}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function DraftItem({ item }: { item: DraftSummary }) {
  const { model, lang } = usePage();
  const t = useText();
  const title = item.title.trim() || linkLabel(item.sourceUrl) || t(PAGE_COPY.untitled);
  return (
    <li class="draft-item" data-key={item.key}>
      <h2 class="draft-title">
        <a href={`#draft=${encodeURIComponent(item.key)}`} aria-label={t(PAGE_COPY.openLabel(title))} onClick={(e) => {
          e.preventDefault();
          model.open(item.key);
        }}>
          {title}
        </a>
      </h2>
      <p class="meta">
        <span class="tag">{t(PAGE_COPY.marketplaces[item.marketplace])}</span>
        <span class="score-change">{t(PAGE_COPY.scoreChange(item.originalScore, item.score))}</span>
        <span>{t(PAGE_COPY.edited(formatAgo(item.updatedAt, lang.lang.value)))}</span>
        {item.conflicts > 0 && <span class="tag warn">{t(PAGE_COPY.twoVersions)}</span>}
      </p>
      <button type="button" class="secondary danger" aria-label={t(PAGE_COPY.removeLabel(title))} onClick={() => void model.remove(item.key)}>
        {t(PAGE_COPY.remove)}
      </button>
    </li>
  );
}

/** "Draf dihapus. [Batalkan]": focus moves to the undo button so a keyboard user can undo at once. */
function UndoBar() {
  const { model } = usePage();
  const t = useText();
  const deleted = model.deleted.value;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) button.current?.focus();
  }, [deleted?.key]);
  if (!deleted) return null;
  const title = deleted.title.trim() || t(PAGE_COPY.untitled);
  return (
    <div class="undo-bar" role="status">
      <span>{t(PAGE_COPY.deleted(title))}</span>
      <button
        ref={button}
        type="button"
        onClick={async () => {
          if (await model.undo()) model.announce(PAGE_COPY.restoredDraft(title));
          document.getElementById('draft-search')?.focus();
        }}
      >
        {t(PAGE_COPY.undo)}
      </button>
    </div>
  );
}

/** A draft with no title yet but a link (shared from a marketplace app) is named by its link: "tokopedia.link/za5n…". */
function linkLabel(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { host, pathname } = new URL(url);
    const label = `${host.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`;
    return label.length > 48 ? `${label.slice(0, 47)}…` : label;
  } catch {
    return undefined;
  }
}
