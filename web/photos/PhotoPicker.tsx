import { useEffect, useMemo } from 'preact/hooks';
import { photoName } from '../../shared/photos/copy';
import { usePhone, useText } from '../app/context';
import { PHOTO_COPY as C } from './copy';

/**
 * Photos from the gallery or straight from the camera, shown small in upload order with a large remove button each.
 * The files stay in the page (object URLs), never uploaded.
 */
export function PhotoPicker({ onAdded }: { onAdded?: () => void }) {
  const { model } = usePhone();
  const t = useText();
  const { check } = model;
  const files = check.editor.droppedFiles.value ?? [];
  const urls = useMemo(() => files.map((file) => URL.createObjectURL(file)), [files]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  const add = async (list: FileList | null) => {
    if (!list?.length) return;
    await check.addPhotos([...list]);
    onAdded?.();
  };
  return (
    <div class="photo-picker">
      <p class="hint">{t(C.hint)}</p>
      <div class="actions">
        <label class="file-button">
          {t(C.gallery)}
          <input type="file" accept="image/*" multiple data-testid="photo-gallery" onChange={(e) => {
            void add(e.currentTarget.files);
            e.currentTarget.value = '';
          }} />
        </label>
        <label class="file-button secondary">
          {t(C.camera)}
          <input type="file" accept="image/*" capture="environment" data-testid="photo-camera" onChange={(e) => {
            void add(e.currentTarget.files);
            e.currentTarget.value = '';
          }} />
        </label>
      </div>
      {files.length === 0 ? (
        <p class="hint">{t(C.none)}</p>
      ) : (
        <ol class="thumbs" aria-label={t(C.count(files.length))}>
          {urls.map((url, i) => (
            <li key={url}>
              <img src={url} alt={t(photoName(i))} width={96} height={96} />
              <button type="button" class="secondary" aria-label={t(C.remove(t(photoName(i))))} onClick={() => check.removePhoto(i)}>
                {t(C.removeShort)}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div role="status">
        {check.photoProblems.value.length > 0 && (
          <ul class="problems">
            {check.photoProblems.value.map((p) => (
              <li key={p.en}>{t(p)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
