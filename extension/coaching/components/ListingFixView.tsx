import type { BilingualText } from '../../../shared/i18n/text';
import { useEffect, useRef } from 'preact/hooks';
import type { EditableField } from '../../../shared/ui/listing-editor';
import { findEntry } from '../session-ops';
import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';
import { SessionMissing } from './SessionMissing';

const FIELDS: { field: EditableField; label: keyof typeof COPY; multiline?: boolean; placeholder?: keyof typeof COPY.placeholders }[] = [
  { field: 'title', label: 'productTitle' },
  { field: 'description', label: 'description', multiline: true },
  { field: 'price', label: 'price', placeholder: 'price' },
  { field: 'brand', label: 'brand' },
  { field: 'weightGrams', label: 'weight', placeholder: 'weightGrams' },
  { field: 'categoryPath', label: 'category', placeholder: 'categoryPath' },
];

/** Fixing one listing with its seller: edit, see the score move from the start, autosaved into the session. */
export function ListingFixView() {
  const { model } = usePage();
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const open = model.entryEditor.value;
  const session = model.session.value;
  const route = model.route.value;
  const found = session && route.view === 'listing' ? findEntry(session, route.listingId) : undefined;
  const ready = !!open && !!found;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (!session || !open || !found) {
    if (session && !found) {
      return (
        <section>
          <button type="button" class="secondary back" onClick={() => model.go({ view: 'session', id: session.id })}>
            {t(COPY.backToSession)}
          </button>
          <p class="alert" role="alert">
            {t(COPY.listingGone)}
          </p>
        </section>
      );
    }
    return <SessionMissing />;
  }
  const report = open.report.value;
  const state = open.state.value;
  const problem = open.problem.value;
  const title = open.editor.listing.value.title.trim() || found.entry.now.listing.title;
  return (
    <article aria-labelledby="fix-title" class="fix-view">
      <button type="button" class="secondary back" onClick={() => model.go({ view: 'session', id: session.id })}>
        {t(COPY.backToSession)}
      </button>
      <p class="section-name">
        {t(COPY.editing)} · {found.participant.name}
      </p>
      <h1 id="fix-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p class="score-change big" data-testid="live-score" aria-live="polite">
        {report ? t(COPY.liveScore(open.start.score, report.score)) : t(COPY.liveScore(open.start.score, found.entry.now.score))}
      </p>
      <p class={`save-status ${state}`} role="status" data-testid="save-status" data-state={state}>
        {t(COPY.saveStates[state])}
        {problem && state === 'error' ? `: ${t(problem)}` : ''}
      </p>
      <div class="fix-grid">
        <form class="edit-form" onSubmit={(e) => (e.preventDefault(), void open.flush())}>
          {FIELDS.map(({ field, label, multiline, placeholder }) => {
            const id = `fix-field-${field}`;
            const common = {
              id,
              value: open.editor.text(field),
              placeholder: placeholder ? t(COPY.placeholders[placeholder]) : undefined,
              onInput: (e: Event) => open.edit(field, (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
            };
            return (
              <div class="field" key={field}>
                <label for={id}>{t(COPY[label] as BilingualText)}</label>
                {multiline ? <textarea rows={10} {...common} /> : <input type="text" {...common} />}
              </div>
            );
          })}
          <p class="hint">{t(COPY.photosKept)}</p>
          <button type="submit">{t(COPY.save)}</button>
        </form>
        <section aria-labelledby="fix-first-title" class="fix-first" data-testid="fix-first">
          <h2 id="fix-first-title">{t(COPY.fixFirst)}</h2>
          {!report || report.fixFirst.length === 0 ? (
            <p>{t(COPY.nothingFirst)}</p>
          ) : (
            <ol>
              {report.fixFirst.map((f) => (
                <li key={`${f.checkId}:${f.photoIndex ?? ''}`}>
                  <p class="finding-message">{t(f.message)}</p>
                  <p>{t(f.fix)}</p>
                  {f.example && (
                    <p class="example">
                      {t(COPY.example)}: {t(f.example)}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </article>
  );
}
