import type { Listing } from '../../../shared/listing/schema';
import { checkListing } from '../../../shared/checks';
import { FIELD_LABELS } from '../../../shared/marketplaces/types';
import { PAGE_COPY } from '../../../shared/ui/drafts/copy';
import { useText } from '../../../shared/ui/drafts/context';
import { COMPARE_FIELDS, fieldValue } from '../../../shared/drafts/format';

/** Original (as read from the page) and the draft side by side, with the score before → after. */
export function Compare({ original, listing, scoreAfter }: { original?: Listing; listing: Listing; scoreAfter: number }) {
  const t = useText();
  const before = original ? checkListing(original).score : undefined;
  const rows = COMPARE_FIELDS.filter((f) => fieldValue(original, f) || fieldValue(listing, f));
  return (
    <section class="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t(PAGE_COPY.compare)}</h2>
      <p class="score-change big" data-testid="score-change">
        {t(PAGE_COPY.scoreChange(before, scoreAfter))}
      </p>
      {!original && <p class="hint">{t(PAGE_COPY.noOriginal)}</p>}
      <table>
        <caption class="visually-hidden">{t(PAGE_COPY.compare)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(PAGE_COPY.field)}</th>
            {original && <th scope="col">{t(PAGE_COPY.original)}</th>}
            <th scope="col">{t(PAGE_COPY.draft)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((field) => {
            const a = fieldValue(original, field);
            const b = fieldValue(listing, field);
            return (
              <tr key={field} class={original && a !== b ? 'changed' : undefined}>
                <th scope="row">{capitalize(t(FIELD_LABELS[field]))}</th>
                {original && (
                  <td class="value" data-label={t(PAGE_COPY.original)}>
                    {a || t(PAGE_COPY.notSet)}
                  </td>
                )}
                <td class="value" data-label={t(PAGE_COPY.draft)}>
                  {b || t(PAGE_COPY.notSet)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** FIELD_LABELS are written for use inside sentences ("judul produk"); a table header starts with a capital. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
