import { SHOWCASE_COPY as C } from '../copy';
import { useShowcasePage, useText } from '../page-context';

/** Download the feed file; the embed code in the two shapes of docs/embed.md, ready to copy. */
export function FeedPanel() {
  const { model } = useShowcasePage();
  const t = useText();
  const mode = model.snippet.mode.value;
  const bad = model.snippet.badUrls.value;
  return (
    <section aria-labelledby="feed-title" class="no-print">
      <h3 id="feed-title">{t(C.exportTitle)}</h3>
      <p>
        <button type="button" onClick={() => model.download()} disabled={!model.built.value}>
          {t(C.download)}
        </button>
      </p>
      <fieldset class="choices">
        <legend>{t(C.snippet)}</legend>
        <label>
          <input type="radio" name="snippet-mode" value="inline" checked={mode === 'inline'} onChange={() => (model.snippet.mode.value = 'inline')} />
          {t(C.snippetInline)}
        </label>
        <label>
          <input type="radio" name="snippet-mode" value="hosted" checked={mode === 'hosted'} onChange={() => (model.snippet.mode.value = 'hosted')} />
          {t(C.snippetHosted)}
        </label>
      </fieldset>
      <div class="field">
        <label for="script-url">{t(C.scriptUrl)}</label>
        <input
          id="script-url"
          type="text"
          inputMode="url"
          value={model.snippet.scriptUrl.value}
          placeholder="https://situs-anda.id/rapi-etalase.js"
          aria-describedby="url-hint"
          aria-invalid={bad.script}
          onInput={(e) => (model.snippet.scriptUrl.value = e.currentTarget.value)}
          onChange={() => void model.snippet.saveHosting()}
        />
      </div>
      {mode === 'hosted' && (
        <div class="field">
          <label for="feed-url">{t(C.feedUrl)}</label>
          <input
            id="feed-url"
            type="text"
            inputMode="url"
            value={model.snippet.feedUrl.value}
            placeholder="https://situs-anda.id/etalase.json"
            aria-describedby="url-hint"
            aria-invalid={bad.feed}
            onInput={(e) => (model.snippet.feedUrl.value = e.currentTarget.value)}
            onChange={() => void model.snippet.saveHosting()}
          />
        </div>
      )}
      <p class="hint" id="url-hint">
        {t(bad.script || bad.feed ? C.badUrl : C.urlHint)}
      </p>
      <label for="snippet-code" class="visually-hidden">
        {t(C.snippet)}
      </label>
      <textarea id="snippet-code" class="code" readOnly rows={10} value={model.snippet.text.value} data-testid="snippet" />
      <p>
        <button type="button" class="secondary" onClick={() => void model.snippet.copy()}>
          {t(C.copy)}
        </button>
      </p>
    </section>
  );
}
