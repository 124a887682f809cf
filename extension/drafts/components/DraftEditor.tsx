import { useEffect, useRef } from 'preact/hooks';
import { checkListing } from '../../../shared/checks';
import type { DraftSession } from '../../../shared/drafts/draft-session';
import { PAGE_COPY } from '../../../shared/ui/drafts/copy';
import { usePage, useText } from '../../../shared/ui/drafts/context';
import { Compare } from './Compare';
import { ConflictChoice } from '../../../shared/ui/drafts/ConflictChoice';
import { DraftReview } from '../../../shared/ui/drafts/DraftReview';
import { History } from '../../../shared/ui/drafts/History';
import { SaveStatus } from '../../../shared/ui/drafts/SaveStatus';

/** One draft: a small editor with autosave and its status, the choice between 2 versions, compare, history. */
export function DraftEditor() {
  const { model } = usePage();
  const t = useText();
  const session = model.session.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const listing = session?.listing.value;
  const hasListing = !!listing;
  // Moving to a new view: put focus on its heading, so screen readers announce where the seller is.
  useEffect(() => {
    if (hasListing || model.missing.value) heading.current?.focus();
  }, [hasListing, model.missing.value]);

  const back = (
    <button type="button" class="secondary back" onClick={() => model.backToList()}>
      {t(PAGE_COPY.back)}
    </button>
  );
  if (model.missing.value) {
    return (
      <section>
        {back}
        <h1 ref={heading} tabIndex={-1}>
          {t(PAGE_COPY.notFound)}
        </h1>
      </section>
    );
  }
  if (!session) return back;
  const draft = session.draft.value;
  const title = listing?.title.trim() || t(PAGE_COPY.untitled);
  return (
    <article class="editor" aria-labelledby="draft-heading">
      {back}
      <h1 id="draft-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <SaveStatus session={session} />
      <ConflictChoice session={session} />
      {listing && (
        <form class="edit-form" onSubmit={(e) => e.preventDefault()}>
          <div class="field">
            <label for="edit-title">{t(PAGE_COPY.editTitle)}</label>
            <input id="edit-title" type="text" value={listing.title} onInput={(e) => session.edit({ title: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="edit-description">{t(PAGE_COPY.editDescription)}</label>
            <textarea
              id="edit-description"
              rows={8}
              value={listing.description ?? ''}
              onInput={(e) => session.edit({ description: e.currentTarget.value || undefined })}
            />
          </div>
        </form>
      )}
      {listing && <Compare original={draft?.original} listing={listing} scoreAfter={model.review.value?.checks.report.value?.score ?? checkListing(listing).score} />}
      {listing && model.review.value && <DraftReview review={model.review.value} session={session} />}
      <History session={session} />
    </article>
  );
}
