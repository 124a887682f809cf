import { checkListing } from '../../checks';
import type { DraftSession } from '../../drafts/draft-session';
import { PAGE_COPY } from './copy';
import { useText } from './context';

/** Two versions of one draft, side by side; the seller picks one. Nothing is dropped until they do. */
export function ConflictChoice({ session }: { session: DraftSession }) {
  const t = useText();
  const conflict = session.conflict.value;
  if (!conflict) return null;
  const versions = [
    { id: 'mine', label: PAGE_COPY.mine, listing: conflict.mine, choose: () => session.choose('mine'), action: PAGE_COPY.useMine },
    { id: 'theirs', label: PAGE_COPY.theirs, listing: conflict.theirs, choose: () => session.choose('theirs'), action: PAGE_COPY.useTheirs },
  ] as const;
  return (
    <section class="conflict" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t(PAGE_COPY.conflictTitle)}</h2>
      <p>{t(conflict.source === 'import' ? PAGE_COPY.conflictFromImport : PAGE_COPY.conflictFromWindow)}</p>
      <div class="versions">
        {versions.map((v) => (
          <div class="version" key={v.id} data-version={v.id}>
            <h3>{t(v.label)}</h3>
            <p class="version-title">{v.listing.title}</p>
            <p class="hint">{t(PAGE_COPY.scoreChange(undefined, checkListing(v.listing).score))}</p>
            <button type="button" onClick={() => void v.choose()}>
              {t(v.action)}
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
