import { FIELD_LABELS, type ListingField } from '../../../shared/marketplaces/types';
import { listBoth } from '../../../shared/marketplaces/text';
import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';

/** Says where the listing came from, and when a page could not be read, why and what to do (never blank). */
export function SourceNote() {
  const panel = usePanel();
  const t = useText();
  const view = panel.view.value;
  if (view === 'loading') return <p class="note" role="status">{t(COPY.loading)}</p>;
  if (view === 'manual') return <p class="note">{t(COPY.manualNote)}</p>;
  if (view === 'no-page') return <p class="note">{t(COPY.noPage)}</p>;
  if (view === 'no-listing') return <p class="note">{t(COPY.noListing)}</p>;
  if (view === 'unreadable') {
    return (
      <section class="could-not-read" role="alert" aria-labelledby="could-not-read-title" data-testid="could-not-read">
        <h2 id="could-not-read-title">{t(COPY.couldNotRead)}</h2>
        <ul>
          {panel.reasons.value.map((reason) => (
            <li key={reason.en}>{t(reason)}</li>
          ))}
        </ul>
        <p>{t(COPY.fillBelow)}</p>
      </section>
    );
  }
  const from = panel.onSellerForm.value ? COPY.readFrom.form : COPY.readFrom.product;
  const problems = panel.problems.value;
  const conflicts = panel.conflicts.value;
  return (
    <div class="note">
      <p>{t(from)}</p>
      {conflicts.length > 0 && (
        <p class="data-conflict" role="alert" data-testid="data-conflict">
          {t(COPY.dataConflict(listBoth(conflicts.map((f) => FIELD_LABELS[f as ListingField] ?? { id: f, en: f }))))}
        </p>
      )}
      {problems.length > 0 && (
        <details class="partly-read">
          <summary>{t(COPY.partlyRead)} ({problems.length})</summary>
          <ul>
            {problems.map((p) => (
              <li key={p.en}>{t(p)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
