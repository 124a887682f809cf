import { useState } from 'preact/hooks';
import { SHOWCASE_COPY as C } from '../copy';
import { useShowcasePage, useText } from '../page-context';

/** Every showcase (one per café or page), a form to start one, and feed import. */
export function ShowcaseList() {
  const { model } = useShowcasePage();
  const t = useText();
  const [title, setTitle] = useState('');
  const list = model.showcases.value;
  return (
    <>
      <p class="hint">{t(C.pageIntro)}</p>
      <section aria-labelledby="showcases-title">
        <h2 id="showcases-title">{t(C.showcases)}</h2>
        {list.length === 0 ? (
          <p class="empty">{t(C.noShowcases)}</p>
        ) : (
          <ul class="showcase-list">
            {list.map((s) => (
              <li key={s.id}>
                <a href={`#/s/${encodeURIComponent(s.id)}`} onClick={(e) => (e.preventDefault(), model.go({ view: 'showcase', id: s.id }))}>
                  {s.title}
                </a>{' '}
                <span class="count">{t(C.items(s.itemCount))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void model.createShowcase(title).then((ok) => ok && setTitle(''));
        }}
      >
        <div class="field">
          <label for="new-showcase">{t(C.feedTitle)}</label>
          <input id="new-showcase" type="text" maxLength={120} value={title} placeholder={t(C.defaultTitle)} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <button type="submit">{t(C.create)}</button>
      </form>
      <div class="field">
        <label class="file-button secondary" for="import-feed">
          {t(C.importFeed)}
        </label>
        <input
          id="import-feed"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void model.importFeed(file);
          }}
        />
        <p class="hint" id="import-hint">
          {t(C.importHint)}
        </p>
      </div>
    </>
  );
}
