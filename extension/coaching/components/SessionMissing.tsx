import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';

/** While the session loads, or when it is gone or unreadable: say so, and offer the way back. */
export function SessionMissing() {
  const { model } = usePage();
  const t = useText();
  const current = model.current.value;
  const text = !current ? COPY.loading : current.state === 'unreadable' ? COPY.unreadableOne : COPY.missing;
  return (
    <section>
      <button type="button" class="secondary back" onClick={() => model.go({ view: 'list' })}>
        {t(COPY.back)}
      </button>
      <p class={current ? 'alert' : 'hint'} role={current ? 'alert' : undefined}>
        {t(text)}
      </p>
    </section>
  );
}
