import { FindingsByArea } from '../checklist/FindingsByArea';
import { SUGGEST_COPY as C } from '../suggest/copy';
import { SuggestionBlock } from '../suggest/SuggestionBlock';
import type { DraftReview as Review } from './draft-review';
import type { DraftSession } from '../../drafts/draft-session';
import { useText } from './context';
import '../checklist/checklist.css';

/**
 * Below the draft's editor: Rapi's suggested title and description ("Salin" to paste them into the marketplace,
 * "Pakai" to put them in this draft), then every finding on the draft as it is now.
 */
export function DraftReview({ review, session }: { review: Review; session: DraftSession }) {
  const t = useText();
  if (!review.checks.report.value) return null;
  return (
    <>
      <section class="suggestions" aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">{t(C.heading)}</h2>
        <p class="hint">{t(C.intro)}</p>
        <SuggestionBlock model={review.suggestions} part="title" onUse={(title) => session.edit({ title })} />
        <SuggestionBlock model={review.suggestions} part="description" onUse={(description) => session.edit({ description })} />
      </section>
      <FindingsByArea checks={review.checks} />
    </>
  );
}
