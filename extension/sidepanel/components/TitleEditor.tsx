import { PROFILES } from '../../../shared/checks';
import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';
import { FormWriteStatus } from './FormWriteStatus';

/** The title, with a live counter against the marketplace's limits; every keystroke re-runs the checks. */
export function TitleEditor() {
  const panel = usePanel();
  const t = useText();
  const { editor, checks } = panel;
  const text = editor.text('title');
  const length = [...text.trim()].length;
  const { min, max } = checks.titleLimits.value;
  const market = t(PROFILES[checks.profile.value].name);
  const status = length > max ? COPY.titleTooLong(length - max) : length < min ? COPY.titleTooShort(min - length) : COPY.titleFits;
  const state = length > max || length < min ? 'off' : 'ok';
  return (
    <section class="title-editor" aria-labelledby="title-editor-label">
      <h2>
        <label id="title-editor-label" for="title-input">
          {t(COPY.titleEditor)}
        </label>
      </h2>
      <textarea
        id="title-input"
        rows={3}
        value={text}
        aria-describedby="title-counter title-range"
        onInput={(e) => editor.edit('title', e.currentTarget.value)}
      />
      <p class={`counter ${state}`}>
        <span id="title-counter" data-testid="title-counter" aria-live="polite">
          {t(COPY.titleCount(length, max))} · {t(status)}
        </span>
        <span id="title-range" class="range">
          {' '}
          ({t(COPY.titleRange(min, max, market))})
        </span>
      </p>
      {panel.onSellerForm.value && (
        <div class="form-write">
          <button type="button" onClick={() => void panel.writeToForm(['title'])}>
            {t(COPY.putInForm)}
          </button>
          <FormWriteStatus />
        </div>
      )}
    </section>
  );
}
