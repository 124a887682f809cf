import { Listing } from '../../../shared/listing/schema';
import { measurePhoto } from '../../../shared/photos/measure';
import { ocrFromLines } from '../../../shared/photos/ocr/types';
import type { MeasuredPhoto, PhotoCheckContext, PhotoExample } from '../../../shared/photos/check-types';
import { synthesize } from '../../support/synth';
import type { DecodedPhoto } from '../../../shared/photos/types';

/** Turns a check's example (recipes, file facts, text lines) into what the checks receive. */
export function exampleContext(example: PhotoExample): PhotoCheckContext {
  const photos: MeasuredPhoto[] = example.photos.map((p, index) => {
    const pixels = p.pixels === false ? undefined : synthesize(p.recipe ?? {});
    const photo: DecodedPhoto = {
      width: p.width ?? pixels?.width,
      height: p.height ?? pixels?.height,
      bytes: p.bytes ?? 250_000,
      mime: p.mime ?? 'image/jpeg',
      animated: p.animated,
      pixels,
    };
    return { index, photo, metrics: pixels ? measurePhoto(pixels) : null, ocr: p.text ? ocrFromLines(p.text) : null };
  });
  return { profile: example.profile, photos, listing: example.listing ? Listing.parse(example.listing) : undefined };
}
