import { useState } from 'preact/hooks';
import { SHOWCASE_COPY as C } from '../copy';
import type { ShowcaseRow } from '../../../shared/storage/showcases-table';
import { useShowcasePage, useText } from '../page-context';
import { AddFromDraft } from './AddFromDraft';
import { FeedPanel } from './FeedPanel';
import { ItemList } from './ItemList';
import { Preview } from './Preview';
import { PrintLinks } from './PrintLinks';

/** One showcase: its title and curator, its products in order, the live preview, the feed and the print views. */
export function ShowcaseEditor() {
  const { model } = useShowcasePage();
  const t = useText();
  const showcase = model.current.value;
  const back = (
    <p class="no-print">
      <a href="#/" onClick={(e) => (e.preventDefault(), model.go({ view: 'list' }))}>
        ← {t(C.showcases)}
      </a>
    </p>
  );
  if (showcase === undefined) return back;
  if (showcase === null) {
    return (
      <>
        {back}
        <p class="alert" role="alert">
          {t(C.notFound)}
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      <h2 class="showcase-title" data-testid="showcase-title">
        {showcase.title}
      </h2>
      <Details key={`${showcase.id}:${showcase.updatedAt}`} showcase={showcase} />
      <ItemList />
      <AddFromDraft />
      <Preview />
      <FeedPanel />
      <PrintLinks />
      <p>
        <button type="button" class="danger secondary" onClick={() => void model.deleteShowcase()}>
          {t(C.deleteShowcase)}
        </button>
      </p>
    </>
  );
}

function Details({ showcase }: { showcase: ShowcaseRow }) {
  const { model } = useShowcasePage();
  const t = useText();
  const [title, setTitle] = useState(showcase.title);
  const [curatorName, setName] = useState(showcase.curator?.name ?? '');
  const [curatorUrl, setUrl] = useState(showcase.curator?.url ?? '');
  return (
    <details class="details-box">
      <summary>{t(C.details)}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void model.saveDetails({ title, curatorName, curatorUrl });
        }}
      >
        <div class="field">
          <label for="showcase-title-input">{t(C.feedTitle)}</label>
          <input id="showcase-title-input" type="text" maxLength={120} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="curator-name">{t(C.curatorName)}</label>
          <input id="curator-name" type="text" maxLength={120} value={curatorName} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="curator-url">{t(C.curatorUrl)}</label>
          <input id="curator-url" type="url" value={curatorUrl} onInput={(e) => setUrl(e.currentTarget.value)} />
        </div>
        <button type="submit">{t(C.saveDetails)}</button>
      </form>
    </details>
  );
}
