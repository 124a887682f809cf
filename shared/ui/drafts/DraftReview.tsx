import { FindingsByArea } from '../checklist/FindingsByArea';
import { Suggestions } from '../suggest/Suggestions';
import type { DraftReview as Review } from './draft-review';
import type { DraftSession } from '../../drafts/draft-session';
import '../checklist/checklist.css';

/**
 * Below the draft's editor: Rapi's suggested title and description ("Salin" to paste them into the marketplace,
 * "Pakai" to put them in this draft), then every finding on the draft as it is now.
 */
export function DraftReview({ review, session }: { review: Review; session: DraftSession }) {
  if (!review.checks.report.value) return null;
  return (
    <>
      <Suggestions model={review.suggestions} onUse={(part, text) => session.edit({ [part]: text })} />
      <FindingsByArea checks={review.checks} />
    </>
  );
}
