import { computed } from '@preact/signals';
import { Listing } from '../../../shared/listing/schema';
import { createReportModel } from '../../../shared/ui/checklist/report';
import { createSuggestionModel } from '../../../shared/ui/suggest/model';
import type { DraftSession } from './draft-session';

const EMPTY = Listing.parse({ title: '' });

/** The open draft's checklist and Rapi's suggestions for it, following every edit (as the side panel does). */
export function createDraftReview(session: DraftSession) {
  const listing = computed(() => session.listing.value ?? EMPTY);
  const checks = createReportModel(listing);
  const suggestions = createSuggestionModel({ listing, report: checks.report });
  return { checks, suggestions };
}

export type DraftReview = ReturnType<typeof createDraftReview>;
