import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftService } from '../service';
import type { DraftKey, Revision } from '../types';
import { createDraftSession, type DraftSession } from './draft-session';
import type { Route } from './route';

/** The draft open on "Draf saya": an autosaving session and its history, or "not found". */
export function createOpenDraft(deps: { service: DraftService; route: ReadonlySignal<Route> }) {
  const { service, route } = deps;
  const session = signal<DraftSession | null>(null);
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
      revisions.value = [];
    });
    if (exists) stopHistory = service.watch(() => service.listRevisions(key), (list) => (revisions.value = list));
  }

  async function closeDraft() {
    stopHistory?.();
    stopHistory = undefined;
    const open = session.peek();
    session.value = null;
    if (open) await open.dispose();
  }

  return {
    session: session as ReadonlySignal<DraftSession | null>,
    missing: missing as ReadonlySignal<boolean>,
    revisions: revisions as ReadonlySignal<Revision[]>,
    show: showDraft,
    close: closeDraft,
  };
}
