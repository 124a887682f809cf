import { useText } from '../../shared/ui/text';
import { OcrOffer } from '../ocr/OcrOffer';
import type { OcrModel } from '../ocr/model';
import { PHOTO_COPY as C } from './copy';
import { PhotoPicker } from './PhotoPicker';

/** "Foto produk": add photos, the text reader's offer when the first photo comes, and each photo's checks. */
export function PhotosSection({ ocr }: { ocr: OcrModel }) {
  const t = useText();
  return (
    <section class="photos" aria-labelledby="photos-title">
      <h2 id="photos-title">{t(C.heading)}</h2>
      <PhotoPicker onAdded={() => void ocr.photosAdded()} />
      <OcrOffer ocr={ocr} />
    </section>
  );
}
