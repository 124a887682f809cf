import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftService } from '../../drafts/service';
import type { DraftKey, Revision } from '../../drafts/types';
import { createDraftSession, type DraftSession } from '../../drafts/draft-session';
import type { DraftReview } from './draft-review';
import type { Route } from './route';

/**
 * The draft open on "Draf saya": an autosaving session and its history, or "not found". `review` makes its findings
 * and suggestions (shared/ui/drafts/draft-review.ts); the phone page has its own checklist and passes none.
 */
export function createOpenDraft(deps: { service: DraftService; route: ReadonlySignal<Route>; review?: (session: DraftSession) => DraftReview }) {
  const { service, route } = deps;
  const session = signal<DraftSession | null>(null);
  /** Its findings and suggestions. */
  const review = signal<DraftReview | null>(null);
  const missing = signal(false);
  const revisions = signal<Revision[]>([]);

  let stopHistory: (() => void) | undefined;
  async function showDraft(key: DraftKey) {
    const previous = session.peek();
    stopHistory?.();
    if (previous) await previous.dispose();
    const exists = await service.findDraft(key).catch(() => null);
    if (route.peek().view !== 'draft') return;
    batch(() => {
      missing.value = !exists;
      session.value = exists ? createDraftSession({ service, key }) : null;
      review.value = session.value && deps.review ? deps.review(session.value) : null;
      revisions.value = [];
    });
    if (exists) stopHistory = service.watch(() => service.listRevisions(key), (list) => (revisions.value = list));
  }

  async function closeDraft() {
    stopHistory?.();
    stopHistory = undefined;
    const open = session.peek();
    batch(() => {
      session.value = null;
      review.value = null;
    });
    if (open) await open.dispose();
  }

  return {
    session: session as ReadonlySignal<DraftSession | null>,
    review: review as ReadonlySignal<DraftReview | null>,
    missing: missing as ReadonlySignal<boolean>,
    revisions: revisions as ReadonlySignal<Revision[]>,
    show: showDraft,
    close: closeDraft,
  };
}
