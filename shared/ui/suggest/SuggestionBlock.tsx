import type { BilingualText } from '../../i18n/text';
import { segments } from '../../suggest/fill';
import { findPlaceholders, placeholderKeyOf } from '../../suggest/placeholders';
import { useLang, useText } from '../text';
import { SUGGEST_COPY as C } from './copy';
import type { SuggestionModel, SuggestionPart } from './model';
import './suggest.css';

const HEADINGS = { title: C.titleHeading, description: C.descriptionHeading };

/** The placeholders' text marked, so the seller sees at a glance what is still to fill. */
export function SuggestionText({ text, testId }: { text: string; testId?: string }) {
  return (
    <p class="suggestion-text" data-testid={testId}>
      {segments(text).map((s, i) => (s.placeholder ? <mark key={i} class="blank">{s.text}</mark> : s.text))}
    </p>
  );
}

/**
 * "Judul usulan" or "Deskripsi usulan": the suggestion with its placeholders marked, one field per placeholder to fill
 * or remove, and "Salin" (and "Pakai" where there is a draft to put it in). Both wait until every placeholder is
 * filled or removed, and say so.
 */
export function SuggestionBlock({
  model,
  part,
  onUse,
  usedNote = C.used,
}: {
  model: SuggestionModel;
  part: SuggestionPart;
  onUse?: (text: string) => void;
  usedNote?: BilingualText;
}) {
  const t = useText();
  const lang = useLang();
  const raw = model.suggestion.value?.[part]?.[lang];
  if (!raw) {
    if (part === 'title' && model.titleGood.value) {
      // Right after "Pakai" the title is good: the note on what happened (and what to press next) stays.
      const said = model.notice.value?.part === part ? model.notice.value.text : null;
      return (
        <section class="suggestion good" data-part={part}>
          <h3>{t(HEADINGS[part])}</h3>
          <p data-testid="title-good">{t(C.titleGood)}</p>
          <p class="suggestion-notice" role="status" aria-live="polite">
            {said ? t(said) : ''}
          </p>
        </section>
      );
    }
    return null;
  }
  const filled = model.filled(part, lang)!;
  const answers = model.answers.value;
  const blanks = [...new Set(findPlaceholders(raw).map((p) => p.text))];
  const ready = filled.left.length === 0;
  const flagged = model.stillFlagged(part, lang);
  const what = t(HEADINGS[part]).toLowerCase();
  const notice = model.notice.value?.part === part ? model.notice.value : null;
  const id = (s: string) => `suggest-${part}-${s}`;
  return (
    <section class="suggestion" data-part={part} aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{t(HEADINGS[part])}</h3>
      <SuggestionText text={filled.text} testId={`suggestion-${part}`} />
      {blanks.length > 0 && (
        <fieldset class="blanks">
          <legend>{t(C.blanks)}</legend>
          {blanks.map((label, i) => {
            const key = placeholderKeyOf(label)!;
            const answer = answers[key] ?? {};
            const name = label.slice(1, -1);
            return (
              <div class="blank-row" key={label}>
                <label for={id(`blank-${i}`)}>{name}</label>
                <input
                  id={id(`blank-${i}`)}
                  type="text"
                  value={answer.removed ? '' : (answer.value ?? '')}
                  disabled={answer.removed}
                  placeholder={answer.removed ? t(C.removed) : ''}
                  onInput={(e) => model.answer(key, { value: e.currentTarget.value })}
                />
                <button
                  type="button"
                  class="secondary"
                  aria-pressed={answer.removed ? 'true' : 'false'}
                  aria-label={t(C.removeLabel(label))}
                  onClick={() => model.answer(key, answer.removed ? {} : { removed: true })}
                >
                  {t(C.remove)}
                </button>
              </div>
            );
          })}
        </fieldset>
      )}
      <p class={`suggestion-state ${ready ? 'ready' : 'waiting'}`} id={id('state')}>
        {ready ? t(C.ready) : t(C.fillFirst(filled.left.join(', ')))}
      </p>
      {flagged.length > 0 && (
        <div class="suggestion-flagged" data-testid={`suggestion-${part}-flagged`}>
          <p>{t(C.stillFlagged)}</p>
          <ul>
            {flagged.map((f) => (
              <li key={f.checkId}>
                {t(f.message)} {t(f.fix)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="suggestion-actions">
        <button type="button" disabled={!ready} aria-describedby={id('state')} aria-label={t(C.copyLabel(what))} onClick={() => void model.copy(part, filled.text)}>
          {t(C.copy)}
        </button>
        {onUse && (
          <button
            type="button"
            class="secondary"
            disabled={!ready}
            aria-describedby={id('state')}
            aria-label={t(C.useLabel(what))}
            onClick={() => {
              onUse(filled.text);
              model.said(part, usedNote);
            }}
          >
            {t(C.use)}
          </button>
        )}
      </div>
      <p class="suggestion-notice" role="status" aria-live="polite">
        {notice ? t(notice.text) : ''}
      </p>
      {notice?.failed && <textarea class="copy-by-hand" readOnly rows={part === 'title' ? 2 : 8} value={filled.text} aria-label={t(C.copyLabel(what))} />}
    </section>
  );
}
