import type { Signal } from '@preact/signals';
import type { BilingualText } from '../../../shared/i18n/text';
import { SHOWCASE_COPY as C } from '../copy';
import type { EmbedChoice } from '../models/embed-export';
import { useShowcasePage, useText } from '../page-context';

const CHOICES: { value: EmbedChoice; label: BilingualText; hint: BilingualText }[] = [
  { value: 'page', label: C.embedPage, hint: C.embedPageHint },
  { value: 'block', label: C.embedBlock, hint: C.embedBlockHint },
  { value: 'hosted', label: C.embedHosted, hint: C.embedHostedHint },
];

/** "Pasang di situs": the three forms of docs/embed.md, and the feed file. */
export function FeedPanel() {
  const { model } = useShowcasePage();
  const t = useText();
  const embed = model.embed;
  const choice = embed.choice.value;
  return (
    <section aria-labelledby="feed-title" class="no-print embed-panel">
      <h3 id="feed-title">{t(C.exportTitle)}</h3>
      <fieldset class="embed-choices">
        <legend>{t(C.embedChoice)}</legend>
        {CHOICES.map((c) => (
          <label key={c.value} class="embed-choice">
            <input type="radio" name="embed-form" value={c.value} checked={choice === c.value} onChange={() => embed.choose(c.value)} aria-describedby={`embed-${c.value}-hint`} />
            <span>
              <strong>{t(c.label)}</strong>
              <span class="hint" id={`embed-${c.value}-hint`}>
                {t(c.hint)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {choice === 'page' ? <PageForm /> : <CodeForm />}
      <p class="feed-file">
        <button type="button" class="secondary" onClick={() => model.download()} disabled={!model.built.value}>
          {t(C.download)}
        </button>{' '}
        <span class="hint">{t(C.downloadHint)}</span>
      </p>
    </section>
  );
}

function PageForm() {
  const { model } = useShowcasePage();
  const t = useText();
  const embed = model.embed;
  return (
    <>
      <div class="field">
        <label for="embed-intro">{t(C.intro)}</label>
        <p class="hint" id="embed-intro-hint">
          {t(C.introHint)}
        </p>
        <textarea id="embed-intro" rows={2} maxLength={300} value={embed.intro.value} aria-describedby="embed-intro-hint" onInput={(e) => (embed.intro.value = e.currentTarget.value)} />
      </div>
      <p>
        <button type="button" onClick={() => void embed.downloadPage()} disabled={!model.built.value}>
          {t(C.downloadPage)}
        </button>
      </p>
    </>
  );
}

function CodeForm() {
  const { model } = useShowcasePage();
  const t = useText();
  const embed = model.embed;
  const hosted = embed.choice.value === 'hosted';
  const mode = embed.mode.value;
  const bad = embed.badUrls.value;
  const save = () => void embed.saveHosting();
  return (
    <>
      {hosted && (
        <>
          <fieldset class="choices">
            <legend>{t(C.snippet)}</legend>
            <label>
              <input type="radio" name="snippet-mode" value="inline" checked={mode === 'inline'} onChange={() => (embed.mode.value = 'inline')} />
              {t(C.snippetInline)}
            </label>
            <label>
              <input type="radio" name="snippet-mode" value="hosted" checked={mode === 'hosted'} onChange={() => (embed.mode.value = 'hosted')} />
              {t(C.snippetHosted)}
            </label>
          </fieldset>
          <UrlField id="script-url" label={t(C.scriptUrl)} url={embed.scriptUrl} bad={bad.script} example="https://situs-anda.id/rapi-etalase.js" onDone={save} />
          {mode === 'hosted' && <UrlField id="feed-url" label={t(C.feedUrl)} url={embed.feedUrl} bad={bad.feed} example="https://situs-anda.id/etalase.json" onDone={save} />}
          <p class="hint" id="url-hint">
            {t(bad.script || bad.feed ? C.badUrl : C.urlHint)}
          </p>
        </>
      )}
      <label for="snippet-code" class="visually-hidden">
        {t(C.snippet)}
      </label>
      <textarea id="snippet-code" class="code" readOnly rows={10} value={embed.code.value} data-testid="snippet" />
      <p class="embed-actions">
        <button type="button" class="secondary" onClick={() => void embed.copy()} disabled={!embed.code.value}>
          {t(C.copy)}
        </button>
        {hosted && (
          <>
            <button type="button" class="secondary" onClick={() => void embed.downloadWidget()}>
              {t(C.downloadWidget)}
            </button>
          </>
        )}
      </p>
    </>
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
