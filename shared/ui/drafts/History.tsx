import type { DraftSession } from '../../drafts/draft-session';
import { PAGE_COPY } from './copy';
import { usePage, useText } from './context';
import { formatDateTime, formatTime } from '../../drafts/format';

/** Every kept revision (one per editing session), newest first, each with its score and restorable. */
export function History({ session }: { session: DraftSession }) {
  const { model, lang } = usePage();
  const t = useText();
  const current = session.draft.value?.rev;
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{t(PAGE_COPY.history)}</h2>
      <p class="hint">{t(PAGE_COPY.historyHint)}</p>
      <ol class="revisions">
        {model.revisions.value.map((revision) => (
          <li key={revision.id} data-rev={revision.rev}>
            <span class="revision-head">
              {t(PAGE_COPY.revision(revision.rev, formatDateTime(revision.savedAt, lang.lang.value)))} · {t(PAGE_COPY.kinds[revision.kind])}
              {revision.startedAt !== undefined && revision.startedAt < revision.savedAt && (
                <> · {t(PAGE_COPY.revisionSince(formatTime(revision.startedAt, lang.lang.value)))}</>
              )}
              {revision.rev === current && <> {t(PAGE_COPY.current)}</>}
            </span>
            <span class="revision-score" data-testid="revision-score">
              {t(PAGE_COPY.revisionScore(revision.score))}
            </span>
            <span class="revision-title">{revision.listing.title || t(PAGE_COPY.untitled)}</span>
            {revision.rev !== current && (
              <button
                type="button"
                class="secondary"
                aria-label={t(PAGE_COPY.restoreLabel(revision.rev))}
                onClick={async () => {
                  await session.restore(revision.rev);
                  model.announce(PAGE_COPY.restored(revision.rev));
                }}
              >
                {t(PAGE_COPY.restore)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
