import { useEffect } from 'preact/hooks';
import { formatRupiah } from '../../../shared/feed/format';
import { SHOWCASE_COPY as C } from '../copy';
import { useShowcasePage, useText } from '../page-context';
import { ItemEditor } from './ItemEditor';

/**
 * The products in their showcase order. Keyboard: each row is focusable; Alt + Up/Down moves it (focus stays on
 * it and the new position is announced); the Up/Down buttons do the same for pointer users.
 */
export function ItemList() {
  const { model } = useShowcasePage();
  const t = useText();
  const rows = model.items.value;
  const focus = model.focusRow.value;
  useEffect(() => {
    if (!focus) return;
    document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(focus)}"]`)?.focus();
    model.focusRow.value = null;
  }, [focus, rows]);
  const announcement = model.announcement.value;
  return (
    <section aria-labelledby="items-title">
      <h3 id="items-title">{t(C.products)}</h3>
      <p class="hint" id="order-hint">
        {t(C.orderHint)}
      </p>
      <p class="visually-hidden" aria-live="polite" data-testid="order-announcement">
        {announcement ? t(announcement) : ''}
      </p>
      {rows.length === 0 ? (
        <p class="empty">{t(C.empty)}</p>
      ) : (
        <ol class="item-list" data-testid="item-list">
          {rows.map((row, index) => (
            <li key={row.id}>
              <div
                class="item-row"
                tabIndex={0}
                data-row-id={row.id}
                aria-describedby="order-hint"
                onKeyDown={(e) => {
                  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                  e.preventDefault();
                  void model.moveBy(row.id, e.key === 'ArrowUp' ? -1 : 1);
                }}
              >
                <span class="item-name">{row.item.name}</span>
                <span class="item-meta">
                  {[row.item.price ? formatRupiah(row.item.price.idr) : '', row.item.seller?.name ?? '', row.item.category ?? ''].filter(Boolean).join(' · ')}
                </span>
                <span class="item-actions">
                  <button type="button" class="secondary small" disabled={index === 0} onClick={() => void model.moveBy(row.id, -1)}>
                    <span aria-hidden="true">↑ </span>
                    {t(C.moveUp)}
                    <span class="visually-hidden"> {row.item.name}</span>
                  </button>
                  <button type="button" class="secondary small" disabled={index === rows.length - 1} onClick={() => void model.moveBy(row.id, 1)}>
                    <span aria-hidden="true">↓ </span>
                    {t(C.moveDown)}
                    <span class="visually-hidden"> {row.item.name}</span>
                  </button>
                  <button type="button" class="secondary small" aria-expanded={model.itemEditor.editing.value === row.id} onClick={() => model.itemEditor.start(row.id)}>
                    {t(C.edit)}
                    <span class="visually-hidden"> {row.item.name}</span>
                  </button>
                  <button type="button" class="secondary small danger" onClick={() => void model.remove(row.id)}>
                    {t(C.remove)}
                    <span class="visually-hidden"> {row.item.name}</span>
                  </button>
                </span>
              </div>
              {model.itemEditor.editing.value === row.id && <ItemEditor name={row.item.name} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
