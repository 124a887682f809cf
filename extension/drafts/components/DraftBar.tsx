import { browser } from 'wxt/browser';
import { formatAgo } from '../../../shared/drafts/format';
import { PANEL_DRAFT_COPY as C } from '../panel-copy';
import { useLang, useText } from '../../../shared/ui/text';
import type { PanelDrafts } from '../models/panel-drafts';
import { ApplyDraftToForm } from './ApplyDraftToForm';
import { DraftConflict } from './DraftConflict';
import './draft-bar.css';

/** Where "Draf saya" lives; with a key, that draft opens directly. */
function draftsPageUrl(key: string | null): string {
  const page = browser.runtime.getURL('/drafts.html');
  return key ? `${page}#draft=${encodeURIComponent(key)}` : page;
}

/**
 * The panel's draft: the offer to continue one, the autosave status ("Menyimpan…" / "Tersimpan", announced
 * politely), the choice between 2 versions, the score before → after, "Terapkan ke formulir" on a seller form,
 * and the way to "Draf saya".
 */
export function DraftBar({ drafts, onSellerForm }: { drafts: PanelDrafts; onSellerForm: boolean }) {
  const t = useText();
  const lang = useLang();
  const open = drafts.session.value;
  const offer = drafts.offer.value;
  const compare = drafts.compare.value;
  const status = open?.status.value;
  const look = status === 'saved' && open?.conflict.value ? 'conflict' : (status ?? 'none');
  return (
    <section class="draft-bar" aria-labelledby="draft-bar-title" data-testid="draft-bar">
      <div class="draft-head">
        <h2 id="draft-bar-title">{t(C.heading)}</h2>
        <a href={draftsPageUrl(drafts.draftKey.value)} target="_blank" rel="noopener" data-testid="my-drafts">
          {t(C.myDrafts)}
          <span class="visually-hidden"> {t(C.newTab)}</span>
        </a>
      </div>
      {offer && (
        <div class="draft-offer" data-testid="draft-offer">
          {offer.manual && <p>{t(C.offerManual(formatAgo(offer.updatedAt, lang), offer.title || '…'))}</p>}
          {offer.versions > 1 && <p>{t(C.offerVersions)}</p>}
          <button type="button" onClick={() => drafts.continueDraft()}>
            {t(C.continueLabel(formatAgo(offer.updatedAt, lang)))}
          </button>
        </div>
      )}
      <p class={`draft-status ${look}`} role="status" aria-live="polite" data-testid="draft-status" data-status={status ?? 'none'}>
        {open ? t(open.statusText.value) : ''}
      </p>
      {!open && !offer && <p class="hint">{t(C.autosaveHint)}</p>}
      {drafts.startedOver.value && <p class="hint">{t(C.keptInHistory)}</p>}
      {open && <DraftConflict session={open} />}
      {compare && (
        <p class="draft-score" data-testid="draft-score" data-before={compare.before ?? ''} data-after={compare.after ?? ''}>
          {t(C.scoreChange(compare.before, compare.after))}
        </p>
      )}
      {onSellerForm && <ApplyDraftToForm drafts={drafts} />}
    </section>
  );
}
