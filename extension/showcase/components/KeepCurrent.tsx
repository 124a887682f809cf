import { formatRupiah } from '../../../shared/feed/format';
import { safeHttpsHref } from '../../../shared/feed/urls';
import { useText } from '../../../shared/ui/text';
import { SHOWCASE_COPY as C } from '../copy';
import type { KeepCurrentModel, StaleItem } from '../models/keep-current';

/** "Perbarui etalase Anda": shown only when this product is in a showcase and its page changed since. */
export function KeepCurrent({ model }: { model: KeepCurrentModel }) {
  const t = useText();
  const stale = model.stale.value;
  if (!stale.length) return null;
  return (
    <section class="showcase-refresh" aria-labelledby="showcase-refresh-title" data-testid="showcase-refresh">
      <h2 id="showcase-refresh-title">{t(C.refreshTitle)}</h2>
      {stale.map((item) => (
        <StaleCard key={item.row.id} item={item} model={model} />
      ))}
    </section>
  );
}

function StaleCard({ item, model }: { item: StaleItem; model: KeepCurrentModel }) {
  const t = useText();
  const { price, photo, stock } = item.refresh;
  const status = model.status.value[item.row.id];
  const before = photo?.before && safeHttpsHref(photo.before);
  return (
    <div class="refresh-item">
      <p>{t(C.refreshIntro(item.showcaseTitle))}</p>
      <ul>
        {price && <li>{t(C.refreshPrice(price.before === undefined ? t(C.refreshNoPrice) : formatRupiah(price.before), formatRupiah(price.after)))}</li>}
        {photo && (
          <li>
            {t(C.refreshPhoto)}
            <span class="refresh-photos">
              {before && <img src={before} alt={t(C.refreshPhotoBefore)} referrerpolicy="no-referrer" />}
              <img src={photo.after} alt={t(C.refreshPhotoAfter)} referrerpolicy="no-referrer" />
            </span>
          </li>
        )}
        {stock && <li>{t(C.refreshStock(stock.after))}</li>}
      </ul>
      {status?.kind === 'done' ? (
        <p class="refresh-done" role="status">
          {t(C.refreshDone(item.showcaseTitle))}
        </p>
      ) : (
        <button type="button" disabled={status?.kind === 'saving'} onClick={() => void model.update(item.row.id)}>
          {t(status?.kind === 'saving' ? C.refreshSaving : C.refreshButton(item.showcaseTitle))}
        </button>
      )}
      {status?.kind === 'failed' && (
        <p class="field-error" role="alert">
          {t(status.problem)}
        </p>
      )}
    </div>
  );
}
