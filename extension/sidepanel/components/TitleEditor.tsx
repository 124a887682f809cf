import { TitleCounter } from '../../../shared/ui/listing/TitleCounter';
import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';
import { FormWriteStatus } from './FormWriteStatus';

/** The title, with a live counter against the marketplace's limits; every keystroke re-runs the checks. */
export function TitleEditor() {
  const panel = usePanel();
  const t = useText();
  const { editor, checks } = panel;
  const text = editor.text('title');
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
      <TitleCounter text={text} checks={checks} counterId="title-counter" rangeId="title-range" />
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
