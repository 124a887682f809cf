import { useState } from 'preact/hooks';
import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';
import { FieldStateTag } from './FieldState';

/** Photos: the page's photos, or files the seller drops or picks (only their names and sizes are recorded). */
export function PhotoField() {
  const panel = usePanel();
  const t = useText();
  const [over, setOver] = useState(false);
  const { editor } = panel;
  const photos = editor.listing.value.photos ?? [];
  const chosen = editor.stateOf('photos') === 'edited';
  const count = photos.length || editor.listing.value.photoCount || 0;
  const summary = count === 0 ? COPY.noPhotos : chosen ? COPY.photosChosen(count) : COPY.photosFromPage(count);
  const pick = (files: FileList | null | undefined) => {
    if (files && files.length) void panel.dropPhotos([...files]);
  };
  return (
    <div class="field photos" data-field="photos">
      <div class="field-head">
        <span class="field-label" id="photos-label">
          {t(COPY.photos)}
        </span>
        <FieldStateTag state={editor.stateOf('photos')} />
      </div>
      <p data-testid="photo-summary">{t(summary)}</p>
      {chosen && (
        <ul class="photo-list">
          {photos.map((p, i) => (
            <li key={`${p.src}-${i}`}>
              {p.src} · {Math.round((p.bytes ?? 0) / 1024)} KB{p.width ? ` · ${p.width} × ${p.height} px` : ''}
            </li>
          ))}
        </ul>
      )}
      <label
        class={`drop ${over ? 'over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          pick(e.dataTransfer?.files);
        }}
      >
        {t(COPY.dropPhotos)}
        <input type="file" accept="image/*" multiple aria-describedby="photos-label" onChange={(e) => pick(e.currentTarget.files)} />
      </label>
      {chosen && (
        <button type="button" class="secondary" onClick={() => editor.setPhotos(undefined)}>
          {t(COPY.removePhotos)}
        </button>
      )}
      <div role="status">
        {panel.photoProblems.value.length > 0 && (
          <ul class="problems">
            {panel.photoProblems.value.map((p) => (
              <li key={p.en}>{t(p)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
