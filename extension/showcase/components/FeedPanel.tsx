import type { Signal } from '@preact/signals';
import { SHOWCASE_COPY as C } from '../copy';
import { useShowcasePage, useText } from '../page-context';

/** Download the feed file; the embed code in the two shapes of docs/embed.md, ready to copy. */
export function FeedPanel() {
  const { model } = useShowcasePage();
  const t = useText();
  const mode = model.snippet.mode.value;
  const bad = model.snippet.badUrls.value;
  const save = () => void model.snippet.saveHosting();
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
      <UrlField id="script-url" label={t(C.scriptUrl)} url={model.snippet.scriptUrl} bad={bad.script} example="https://situs-anda.id/rapi-etalase.js" onDone={save} />
      {mode === 'hosted' && <UrlField id="feed-url" label={t(C.feedUrl)} url={model.snippet.feedUrl} bad={bad.feed} example="https://situs-anda.id/etalase.json" onDone={save} />}
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

/** Where the curator hosts a file: typed freely, saved when the field is left; described by the shared hint. */
function UrlField(props: { id: string; label: string; url: Signal<string>; bad: boolean; example: string; onDone: () => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="url"
        value={props.url.value}
        placeholder={props.example}
        aria-describedby="url-hint"
        aria-invalid={props.bad}
        onInput={(e) => (props.url.value = e.currentTarget.value)}
        onChange={props.onDone}
      />
    </div>
  );
}
