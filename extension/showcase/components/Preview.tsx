import { useEffect, useRef } from 'preact/hooks';
import '../../../widget/main';
import { SHOWCASE_COPY as C } from '../copy';
import { scriptSafeJson } from '../../../shared/embed/html';
import { useShowcasePage, useText } from '../page-context';

/**
 * The real <rapi-etalase> element (widget/main.ts, the same code as rapi-etalase.js), fed the exported feed
 * inline, exactly as a café's page would hold it. Built once, then only its JSON and language change.
 */
export function Preview() {
  const { model, lang } = useShowcasePage();
  const t = useText();
  const host = useRef<HTMLDivElement>(null);
  const built = model.built.value;
  const language = lang.lang.value;
  useEffect(() => {
    const box = host.current;
    if (!box) return;
    let element = box.querySelector('rapi-etalase');
    if (!element) {
      element = document.createElement('rapi-etalase');
      element.append(Object.assign(document.createElement('script'), { type: 'application/json' }));
      box.append(element);
    }
    element.setAttribute('lang', language);
    const script = element.querySelector('script')!;
    const text = built ? scriptSafeJson(built.feed, 0) : '';
    if (script.textContent !== text) script.textContent = text;
  }, [built, language]);
  return (
    <section aria-labelledby="preview-title" class="no-print">
      <h3 id="preview-title">{t(C.preview)}</h3>
      {!built?.feed.items.length && <p class="hint">{t(C.previewEmpty)}</p>}
      <div class="preview" ref={host} data-testid="preview" />
    </section>
  );
}
