import { useEffect, useMemo } from 'preact/hooks';
import { photoName } from '../../shared/photos/copy';
import { usePhone, useText } from '../app/context';
import type { PhonePhotoChecks } from './checks';
import { PHOTO_COPY as C } from './copy';
import { FIX_COPY, STAGE_COPY } from './fix-copy';
import type { PhoneFixer } from './fixer';
import { PhotoFixes } from './PhotoFixer';

/**
 * Photos from the gallery or straight from the camera, shown small in upload order with a large remove button each.
 * The files stay in the page (object URLs), never uploaded.
 */
export function PhotoPicker({ onAdded, checks, fixer }: { onAdded?: () => void; checks?: PhonePhotoChecks; fixer?: PhoneFixer }) {
  const { model } = usePhone();
  const t = useText();
  const { check } = model;
  const files = check.editor.droppedFiles.value ?? [];
  const used = fixer?.used.value;
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
              {checks && <PhotoStatus checks={checks} index={i} />}
              <button type="button" class="secondary" aria-label={t(C.remove(t(photoName(i))))} onClick={() => check.removePhoto(i)}>
                {t(C.removeShort)}
              </button>
            </li>
          ))}
        </ol>
      )}
      {checks && fixer && <PhotoFixes checks={checks} fixer={fixer} findings={checks.findings.value} previews={urls} />}
      <div role="status">
        {used && files[used.index] === used.file && <p data-testid="fix-used">{t(FIX_COPY.used(photoName(used.index)))}</p>}
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

/** Under a thumbnail: where the photo is in its checks, or why it could not be checked. */
function PhotoStatus({ checks, index }: { checks: PhonePhotoChecks; index: number }) {
  const t = useText();
  const photo = checks.photos.value[index];
  if (!photo) return null;
  const stage = photo.stage.value;
  return (
    <p class={`photo-stage ${stage}`} data-testid="photo-stage" data-stage={stage}>
      {t(photo.problem.value ?? STAGE_COPY[stage])}
    </p>
  );
}
