import { checkListing, profileFor } from '../../../shared/checks';
import type { Listing } from '../../../shared/listing/schema';
import type { DraftSession } from '../../../shared/drafts/draft-session';
import { formatAgo } from '../../../shared/drafts/format';
import { PANEL_DRAFT_COPY as C } from '../panel-copy';
import { useLang, useText } from '../../../shared/ui/text';

function scoreOf(listing: Listing): number | undefined {
  try {
    return checkListing(listing, { profile: profileFor(listing.marketplace) }).score;
  } catch {
    return undefined;
  }
}

/** Two versions of this draft (another panel or window saved too): both kept, the seller picks one. */
export function DraftConflict({ session }: { session: DraftSession }) {
  const t = useText();
  const lang = useLang();
  const conflict = session.conflict.value;
  if (!conflict) return null;
  const versions = [
    { id: 'mine', label: t(C.mine), listing: conflict.mine, action: C.useMine },
    { id: 'theirs', label: t(C.theirs(formatAgo(conflict.theirsSavedAt, lang))), listing: conflict.theirs, action: C.useTheirs },
  ] as const;
  return (
    <div class="draft-conflict" role="group" aria-labelledby="draft-conflict-title" data-testid="draft-conflict">
      <h3 id="draft-conflict-title">{t(C.conflictTitle)}</h3>
      <p>{t(conflict.source === 'import' ? C.conflictFromImport : C.conflictFromWindow)}</p>
      {versions.map((v) => (
        <div class="draft-version" key={v.id} data-version={v.id}>
          <h4>{v.label}</h4>
          <p class="draft-version-title">{v.listing.title || '—'}</p>
          <p class="hint">{t(C.score(scoreOf(v.listing)))}</p>
          <button type="button" class="secondary" onClick={() => void session.choose(v.id)}>
            {t(v.action)}
          </button>
        </div>
      ))}
    </div>
  );
}
