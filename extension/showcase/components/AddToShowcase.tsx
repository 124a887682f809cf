import { formatRupiah } from '../../../shared/feed/format';
import type { BilingualText } from '../../../shared/i18n/text';
import { BADGE_NAMES } from '../../../shared/feed/badge-names';
import { SHOWCASE_COPY as C } from '../copy';
import { NEW_SHOWCASE, type AddField, type AddToShowcaseModel } from '../models/add-to-showcase';
import { useText } from '../../../shared/ui/text';
import './add-to-showcase.css';

/** "Tambah ke etalase": put the checked listing into a curator's showcase (extension/showcase). */
export function AddToShowcase({ model }: { model: AddToShowcaseModel }) {
  const t = useText();
  const status = model.status.value;
  return (
    <section class="showcase-add" aria-labelledby="showcase-add-title">
      <h2 id="showcase-add-title">{t(C.section)}</h2>
      {status.kind === 'closed' || status.kind === 'saved' ? (
        <>
          {status.kind === 'saved' && (
            <p class="showcase-saved" role="status" data-testid="showcase-saved">
              {t(C.saved(status.title))}{' '}
              <a href={`./etalase.html#/s/${encodeURIComponent(status.showcaseId)}`} target="_blank" rel="noopener">
                {t(C.openPage)}
              </a>
            </p>
          )}
          <p class="hint">{t(model.canAdd.value ? C.addHint : C.needTitle)}</p>
          <button type="button" class="secondary" disabled={!model.canAdd.value} onClick={() => void model.open()}>
            {t(C.add)}
          </button>
        </>
      ) : (
        <AddForm model={model} t={t} />
      )}
    </section>
  );
}

function AddForm({ model, t }: { model: AddToShowcaseModel; t: (text: BilingualText) => string }) {
  const item = model.prefill.value;
  const status = model.status.value;
  const errors = model.errors.value;
  const link = item.links.shopee ?? item.links.tokopedia;
  const field = (name: AddField, label: BilingualText, hint: BilingualText | undefined, input: (describedBy: string) => preact.JSX.Element) => {
    const error = errors[name];
    const ids = [hint ? `showcase-${name}-hint` : '', error ? `showcase-${name}-error` : ''].filter(Boolean).join(' ');
    return (
      <div class="field">
        <label class="field-label" for={`showcase-${name}`}>
          {t(label)}
        </label>
        {hint && (
          <p class="hint" id={`showcase-${name}-hint`}>
            {t(hint)}
          </p>
        )}
        {input(ids)}
        {error && (
          <p class="field-error" id={`showcase-${name}-error`}>
            {t(error)}
          </p>
        )}
      </div>
    );
  };
  return (
    <form
      class="showcase-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void model.save();
      }}
    >
      {model.warning.value && (
        <p class="showcase-warning" role="alert" data-testid="showcase-warning">
          {t(model.warning.value)}
        </p>
      )}
      <h3>{t(C.whatGoesIn)}</h3>
      <dl class="showcase-summary" data-testid="showcase-summary">
        <dt>{t(C.name)}</dt>
        <dd>{item.name}</dd>
        <dt>{t(C.price)}</dt>
        <dd>{item.price ? formatRupiah(item.price.idr) : t(C.none)}</dd>
        <dt>{t(C.seller)}</dt>
        <dd>{item.seller ? [item.seller.name, item.seller.city].filter(Boolean).join(' · ') : t(C.none)}</dd>
        <dt>{t(C.photo)}</dt>
        <dd>{item.photo ? <span class="url">{item.photo.src}</span> : t(C.none)}</dd>
        <dt>{t(C.link)}</dt>
        <dd>{link ? <span class="url">{link}</span> : t(C.noLink)}</dd>
        <dt>{t(C.badges)}</dt>
        <dd>
          {item.badges?.length ? item.badges.map((b) => t(BADGE_NAMES[b])).join(', ') : t(C.none)}
          {item.badges?.length ? <span class="hint"> ({t(C.badgesHint)})</span> : null}
        </dd>
      </dl>
      <div class="field">
        <label class="field-label" for="showcase-target">
          {t(C.showcase)}
        </label>
        <select id="showcase-target" value={model.target.value} onChange={(e) => (model.target.value = e.currentTarget.value)}>
          {model.showcases.value.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({t(C.items(s.itemCount))})
            </option>
          ))}
          <option value={NEW_SHOWCASE}>{t(C.newShowcase)}</option>
        </select>
      </div>
      {model.target.value === NEW_SHOWCASE &&
        field('title', C.newShowcaseTitle, undefined, (d) => (
          <input id="showcase-title" type="text" value={model.newTitle.value} aria-describedby={d || undefined} aria-invalid={!!errors.title} onInput={(e) => (model.newTitle.value = e.currentTarget.value)} />
        ))}
      {field('category', C.category, C.categoryHint, (d) => (
        <input id="showcase-category" type="text" value={model.category.value} aria-describedby={d} aria-invalid={!!errors.category} onInput={(e) => (model.category.value = e.currentTarget.value)} />
      ))}
      {field('blurb', C.blurb, C.blurbHint, (d) => (
        <textarea id="showcase-blurb" rows={3} value={model.blurb.value} aria-describedby={d} aria-invalid={!!errors.blurb} onInput={(e) => (model.blurb.value = e.currentTarget.value)} />
      ))}
      {field('waNumber', C.waNumber, C.waNumberHint, (d) => (
        <input id="showcase-waNumber" type="tel" inputMode="tel" autoComplete="off" value={model.waNumber.value} aria-describedby={d} aria-invalid={!!errors.waNumber} onInput={(e) => (model.waNumber.value = e.currentTarget.value)} />
      ))}
      {field('waMessage', C.waMessage, C.waMessageHint, (d) => (
        <textarea id="showcase-waMessage" rows={2} value={model.waMessage.value} aria-describedby={d} aria-invalid={!!errors.waMessage} onInput={(e) => (model.waMessage.value = e.currentTarget.value)} />
      ))}
      {Object.keys(errors).length > 0 && (
        <p class="field-error" role="alert">
          {t(C.fixFields)}
        </p>
      )}
      {status.kind === 'failed' && (
        <p class="field-error" role="alert">
          {t(status.problem)}
        </p>
      )}
      <div class="showcase-actions">
        <button type="submit" disabled={status.kind === 'saving'}>
          {t(status.kind === 'saving' ? C.saving : C.save)}
        </button>
        <button type="button" class="secondary" onClick={() => model.close()}>
          {t(C.cancel)}
        </button>
      </div>
    </form>
  );
}
