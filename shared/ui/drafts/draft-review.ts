import { computed } from '@preact/signals';
import { Listing } from '../../listing/schema';
import { createReportModel } from '../checklist/report';
import { createSuggestionModel } from '../suggest/model';
import type { DraftSession } from '../../drafts/draft-session';

const EMPTY = Listing.parse({ title: '' });

/** The open draft's checklist and Rapi's suggestions for it, following every edit (as the side panel does). */
export function createDraftReview(session: DraftSession) {
  const listing = computed(() => session.listing.value ?? EMPTY);
  const checks = createReportModel(listing);
  const suggestions = createSuggestionModel({ listing, report: checks.report });
  return { checks, suggestions };
}

export type DraftReview = ReturnType<typeof createDraftReview>;
