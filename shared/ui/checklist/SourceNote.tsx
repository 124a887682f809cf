import type { ReadonlySignal } from '@preact/signals';
import type { BilingualText } from '../../i18n/text';
import { FIELD_LABELS } from '../../marketplaces/labels';
import { listBoth } from '../../marketplaces/text';
import type { ListingField } from '../../marketplaces/types';
import { useText } from '../text';
import { CHECKLIST_COPY as C } from './copy';
import './checklist.css';

/** Where the checked listing comes from: still loading, typed by hand, no page, a list page, unreadable, or read. */
export type SourceView = 'loading' | 'manual' | 'no-page' | 'no-listing' | 'unreadable' | 'page';

export interface ListingSource {
  view: ReadonlySignal<SourceView>;
  /** Why an unreadable page could not be read (never empty then). */
  reasons: ReadonlySignal<BilingualText[]>;
  /** What a partly read page could not read. */
  problems: ReadonlySignal<BilingualText[]>;
  /** Read from the seller's own product form rather than the product page. */
  onSellerForm: ReadonlySignal<boolean>;
  /** Fields the page and the marketplace's own data disagree on (the side panel; absent elsewhere). */
  conflicts?: ReadonlySignal<readonly string[]>;
}


/** Says where the listing came from, and when a page could not be read, why and what to do (never blank). */
export function SourceNote({ source }: { source: ListingSource }) {
  const t = useText();
  const view = source.view.value;
  if (view === 'loading') return <p class="note" role="status">{t(C.loading)}</p>;
  if (view === 'manual') return <p class="note">{t(C.manualNote)}</p>;
  if (view === 'no-page') return <p class="note">{t(C.noPage)}</p>;
  if (view === 'no-listing') return <p class="note">{t(C.noListing)}</p>;
  if (view === 'unreadable') {
    return (
      <section class="could-not-read" role="alert" aria-labelledby="could-not-read-title" data-testid="could-not-read">
        <h2 id="could-not-read-title">{t(C.couldNotRead)}</h2>
        <ul>
          {source.reasons.value.map((reason) => (
            <li key={reason.en}>{t(reason)}</li>
          ))}
        </ul>
        <p>{t(C.fillBelow)}</p>
      </section>
    );
  }
  const from = source.onSellerForm.value ? C.readFrom.form : C.readFrom.product;
  const problems = source.problems.value;
  const conflicts = source.conflicts?.value ?? [];
  return (
    <div class="note">
      <p>{t(from)}</p>
      {conflicts.length > 0 && (
        <p class="data-conflict" role="alert" data-testid="data-conflict">
          {t(C.dataConflict(listBoth(conflicts.map((f) => FIELD_LABELS[f as ListingField] ?? { id: f, en: f }))))}
        </p>
      )}
      {problems.length > 0 && (
        <details class="partly-read">
          <summary>{t(C.partlyRead)} ({problems.length})</summary>
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
