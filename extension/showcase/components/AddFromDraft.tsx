import { useEffect, useState } from 'preact/hooks';
import { SHOWCASE_COPY as C } from '../copy';
import { useShowcasePage, useText } from '../page-context';

/** Drafts are checked listings too: any of them can go into the showcase, pre-filled like a product page. */
export function AddFromDraft() {
  const { model } = useShowcasePage();
  const t = useText();
  const [key, setKey] = useState('');
  useEffect(() => void model.fromDrafts.load(), []);
  const drafts = model.fromDrafts.choices.value;
  return (
    <section aria-labelledby="from-draft-title" class="no-print">
      <h3 id="from-draft-title">{t(C.fromDraft)}</h3>
      {drafts.length === 0 ? (
        <p class="hint">{t(C.noDrafts)}</p>
      ) : (
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void model.fromDrafts.add(key);
          }}
        >
          <div class="field">
            <label for="draft-pick">{t(C.fromDraftHint)}</label>
            <select id="draft-pick" value={key} onChange={(e) => setKey(e.currentTarget.value)}>
              <option value="">{t(C.pickDraft)}</option>
              {drafts.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.title || d.key} ({d.score})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={!key}>
            {t(C.addDraft)}
          </button>
        </form>
      )}
    </section>
  );
}
