import type { ReadonlySignal } from '@preact/signals';
import { useText } from '../../shared/ui/text';
import { OcrOffer } from '../ocr/OcrOffer';
import type { OcrModel } from '../ocr/model';
import { PHOTO_COPY as C } from './copy';
import type { PhonePhotoChecks } from './checks';
import type { PhoneFixer } from './fixer';
import { PhotoPicker } from './PhotoPicker';

/**
 * "Foto produk": add photos, the text reader's offer when the first photo comes, and each photo's checks.
 * The text reader's code loads with the first photo (`loadOcr`), never on the first screen.
 */
export function PhotosSection({ ocr, loadOcr, checks, fixer }: {
  ocr: ReadonlySignal<OcrModel | null>;
  loadOcr: () => Promise<OcrModel>;
  checks?: PhonePhotoChecks;
  fixer?: PhoneFixer;
}) {
  const t = useText();
  const model = ocr.value;
  return (
    <section class="photos" aria-labelledby="photos-title">
      <h2 id="photos-title">{t(C.heading)}</h2>
      <PhotoPicker onAdded={() => void loadOcr().then((m) => m.photosAdded())} checks={checks} fixer={fixer} />
      {model && <OcrOffer ocr={model} />}
    </section>
  );
}
