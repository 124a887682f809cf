import { marketplaceLink } from '../../shared/marketplaces/share-links';
import { usePhone, useText } from '../app/context';
import { SHARE_COPY as C } from './copy';

/**
 * Above the form of a draft that came from a link: which marketplace the link names, that Rapi does not open it,
 * and what to do instead ("Tempel judul dan deskripsi dari aplikasi penjual"). Right after a share, also the words
 * that came with it (one tap makes them the title) and the files that were left out.
 */
export function ShareNote() {
  const { model } = usePhone();
  const t = useText();
  const { editor } = model.check;
  const problem = model.share.problem.value;
  const shared = model.share.note.value;
  const listing = editor.listing.value;
  const link = listing.sourceUrl ? marketplaceLink(listing.sourceUrl) : null;
  if (!problem && !link && !shared) return null;
  return (
    <section class="share-note" aria-labelledby="share-note-title" data-testid="share-note">
      {problem && (
        <p class="alert" role="alert">
          {t(problem)}
        </p>
      )}
      {link && (
        <>
          <h2 id="share-note-title">{t(C.linkFrom(link.marketplace === 'shopee' ? 'Shopee' : 'Tokopedia'))}</h2>
          <p class="link-label">{displayLink(link.href)}</p>
          <p>{t(C.notOpened)}</p>
          {!listing.title.trim() && <p class="paste-hint">{t(C.paste)}</p>}
        </>
      )}
      {shared?.words && !listing.title.trim() && (
        <div class="shared-words">
          <p>
            {t(C.words)} <q>{shared.words}</q>
          </p>
          <button type="button" class="secondary" onClick={() => editor.edit('title', shared.words)}>
            {t(C.useAsTitle)}
          </button>
        </div>
      )}
      {shared && shared.photos > 0 && <p>{t(C.photos(shared.photos))}</p>}
      {shared && shared.skipped.length > 0 && (
        <p class="hint">{t(C.skipped(shared.skipped.map((f) => f.name || f.type).join(', ')))}</p>
      )}
    </section>
  );
}

/** "tokopedia.link/za5nBXCtM7": what the seller recognises from the app, without https://. */
function displayLink(href: string): string {
  return href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}
