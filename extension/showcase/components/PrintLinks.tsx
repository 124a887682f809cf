import { useState } from 'preact/hooks';
import type { QrPreference } from '../../../shared/embed/qr-link';
import { SHOWCASE_COPY as C } from '../copy';
import type { PrintLayout } from '../models/route';
import { useShowcasePage, useText } from '../page-context';

const LAYOUTS: [PrintLayout, typeof C.cards4][] = [
  ['cards4', C.cards4],
  ['cards8', C.cards8],
  ['poster', C.poster],
];

/** Opens the A4 print view: table cards (4 or 8 a page) or a one-page poster, QR to the buy link or WhatsApp. */
export function PrintLinks() {
  const { model } = useShowcasePage();
  const t = useText();
  const [qr, setQr] = useState<QrPreference>('buy');
  const showcase = model.current.value;
  if (!showcase) return null;
  return (
    <section aria-labelledby="print-title" class="no-print">
      <h3 id="print-title">{t(C.print)}</h3>
      <p class="hint">{t(C.printHint)}</p>
      <fieldset class="choices">
        <legend>{t(C.qrTarget)}</legend>
        <label>
          <input type="radio" name="qr-target" value="buy" checked={qr === 'buy'} onChange={() => setQr('buy')} />
          {t(C.qrBuy)}
        </label>
        <label>
          <input type="radio" name="qr-target" value="whatsapp" checked={qr === 'whatsapp'} onChange={() => setQr('whatsapp')} />
          {t(C.qrWhatsApp)}
        </label>
      </fieldset>
      <p class="print-links">
        {LAYOUTS.map(([layout, label]) => (
          <a
            key={layout}
            class="button-link"
            href={`#/print/${encodeURIComponent(showcase.id)}/${layout}/${qr}`}
            onClick={(e) => (e.preventDefault(), model.go({ view: 'print', id: showcase.id, layout, qr }))}
          >
            {t(label)}
          </a>
        ))}
      </p>
    </section>
  );
}
