import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixPhoto, MAX_JPEG_BYTES } from '../../../shared/photos/fix/fix-photo';
import { canFix, fixOutcome } from '../../../shared/photos/fix/outcome';
import { nodeFixPlatform } from '../../../shared/photos/fix/render-node';
import { decodePhoto } from '../../../shared/photos/decode-node';
import { DEFAULT_PHOTO_LIMITS } from '../../../shared/photos/limits';
import { measurePhoto } from '../../../shared/photos/measure';
import { ocrFromLines } from '../../../shared/photos/ocr/types';
import { photoFindings, type CheckedPhoto } from '../../../shared/photos/pipeline';
import { synthesize, type PhotoRecipe } from '../../support/synth';

/** A JPEG of a drawn photo, optionally with EXIF (GPS included) and an EXIF rotation. */
async function jpegOf(recipe: PhotoRecipe, exif?: { orientation?: number }): Promise<Uint8Array<ArrayBuffer>> {
  const image = synthesize(recipe);
  let pipeline = sharp(Buffer.from(image.data.buffer), { raw: { width: image.width, height: image.height, channels: 4 } });
  if (exif) {
    pipeline = pipeline
      .withExif({
        IFD0: { Copyright: 'RAPI-OWNER-NAME', Make: 'RapiPhone' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1', GPSMapDatum: 'RAPI-GPS-DATUM' },
      })
      .withMetadata({ orientation: exif.orientation ?? 1 });
  }
  const buffer = await pipeline.jpeg({ quality: 92 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) as Uint8Array<ArrayBuffer>;
}

/** The JPEG's segments before the image data: their marker bytes (0xE1 is APP1, where EXIF lives). */
function jpegMarkers(bytes: Uint8Array): number[] {
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  const markers: number[] = [];
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    markers.push(marker);
    if (marker === 0xda) break; // start of scan: image data follows
    i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
  }
  return markers;
}

const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

/** One photo checked as the pipeline checks it, for the before → after comparison. */
async function checked(index: number, bytes: Uint8Array<ArrayBuffer>, ocr?: string[]): Promise<CheckedPhoto> {
  const { photo, pixels } = await decodePhoto(bytes, DEFAULT_PHOTO_LIMITS);
  return { index, src: `foto-${index}.jpg`, sellerFile: true, result: { photo, metrics: measurePhoto(pixels), ...(ocr ? { ocr: ocrFromLines(ocr) } : {}) } };
}

describe('the photo fixer in Node', () => {
  it('removes EXIF, GPS location included, and keeps the photo upright', async () => {
    // Stored 1600 × 1000 with "rotate 90°": a buyer sees it 1000 × 1600.
    const source = await jpegOf({ size: [1600, 1000], background: 'white', product: { shape: 'box', fill: 0.2 } }, { orientation: 6 });
    expect(jpegMarkers(source)).toContain(0xe1);
    expect(contains(source, 'Exif\0\0')).toBe(true);
    expect(contains(source, 'RAPI-GPS-DATUM')).toBe(true);
    expect(contains(source, 'RAPI-OWNER-NAME')).toBe(true);

    const fixed = await fixPhoto(source, nodeFixPlatform);
    expect(jpegMarkers(fixed.jpeg)).not.toContain(0xe1);
    for (const text of ['Exif\0\0', 'RAPI-GPS-DATUM', 'RAPI-OWNER-NAME', 'RapiPhone']) expect(contains(fixed.jpeg, text), text).toBe(false);
    expect(fixed.before).toMatchObject({ width: 1000, height: 1600 });
    expect(fixed.plan.source).toEqual({ width: 1000, height: 1600 });
    const meta = await sharp(fixed.jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: fixed.plan.side, height: fixed.plan.side });
    expect(meta.orientation).toBeUndefined();
  });

  it('makes a square JPEG of at least 1,024 px and under 2 MB, even from a photo of pure noise', async () => {
    // Noise at the result's own size: shrinking cannot smooth it, so only a lower JPEG quality makes it fit.
    const noise = Buffer.alloc(2048 * 1600 * 3);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 23;
    const buffer = await sharp(noise, { raw: { width: 2048, height: 1600, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    expect(buffer.byteLength).toBeGreaterThan(MAX_JPEG_BYTES);
    const fixed = await fixPhoto(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) as Uint8Array<ArrayBuffer>, nodeFixPlatform);
    expect(fixed.jpeg.byteLength).toBeLessThanOrEqual(MAX_JPEG_BYTES);
    expect(fixed.quality).toBeLessThan(0.9);
    expect(fixed.photo).toMatchObject({ width: 2048, height: 2048, mime: 'image/jpeg', bytes: fixed.jpeg.byteLength });
  }, 60_000);

  it('reads an 8000 × 8000 photo that is too large to check, and makes it checkable', async () => {
    const big = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 3000, height: 5000, channels: 3, background: '#c01e2d' } }, left: 2500, top: 1500 }])
      .jpeg({ quality: 80 })
      .toBuffer();
    const bytes = new Uint8Array(big.buffer, big.byteOffset, big.byteLength) as Uint8Array<ArrayBuffer>;
    await expect(decodePhoto(bytes, DEFAULT_PHOTO_LIMITS)).rejects.toThrow(/too large to check/);
    const fixed = await fixPhoto(bytes, nodeFixPlatform);
    expect(fixed.plan.side).toBe(2048);
    expect(fixed.plan.background).toBe(true);
    // The product, 3000 × 5000, spans 90% of the square's height, centred.
    expect(fixed.plan.place.height).toBe(Math.round(5000 * fixed.plan.scale));
    expect(fixed.plan.place.height / 2048).toBeCloseTo(0.9, 2);
    expect(fixed.metrics.product?.span).toBeGreaterThan(0.85);
  }, 60_000);

  it('clears the shape, frame and backdrop findings of a cover, and shows them before → after', async () => {
    const cover = await jpegOf({ size: [1500, 1000], background: 'pink', product: { shape: 'round', fill: 0.2 } });
    const framed = await jpegOf({ size: [1200, 1200], background: 'scene', border: { colour: 'black', thickness: 0.05 } });
    const label = await jpegOf({ size: [1000, 1000], background: 'white', product: { shape: 'box', fill: 0.5 } });
    for (const [bytes, cleared] of [
      [cover, ['photo-aspect-ratio', 'cover-background-not-white', 'cover-product-small']],
      [framed, ['cover-black-border']],
    ] as const) {
      const photos = [await checked(0, bytes), await checked(1, label, ['Netto 250 g'])];
      const before = photoFindings('tokopedia', photos).filter((f) => f.photoIndex === 0);
      expect(canFix(before)).toBe(true);
      const outcome = fixOutcome('tokopedia', photos, 0, await fixPhoto(bytes, nodeFixPlatform));
      expect(outcome.before.map((f) => f.checkId)).toEqual(before.map((f) => f.checkId));
      for (const id of cleared) {
        expect(outcome.before.map((f) => f.checkId), id).toContain(id);
        expect(outcome.after.map((f) => f.checkId), id).not.toContain(id);
      }
      expect(outcome.changes.at(-1)?.id).toMatch(/tanpa data EXIF \(termasuk lokasi GPS\)/);
    }
  }, 60_000);

  it('enlarges a tiny photo at most twice, and says it needs a new photo', async () => {
    const tiny = await jpegOf({ size: [300, 240], background: 'scene' });
    const fixed = await fixPhoto(tiny, nodeFixPlatform);
    expect(fixed.plan.side).toBe(600);
    expect(fixed.plan.scale).toBe(2);
    const outcome = fixOutcome('shopee', [await checked(0, tiny)], 0, fixed);
    expect(outcome.notes.map((n) => n.en)).toEqual([
      'This photo is small (300 × 240 pixels): Rapi enlarges it at most 2× so it does not look blocky. For a sharp result, take a new photo of at least 1024 × 1024 pixels.',
    ]);
  });

  it('is offered only for what it can fix, and for photos too large to check', () => {
    const finding = (checkId: string) => ({ checkId, photoIndex: 0 }) as never;
    expect(canFix([finding('photo-blurry'), finding('photo-contact-details')])).toBe(false);
    expect(canFix([finding('photo-blurry'), finding('cover-white-border')])).toBe(true);
    expect(canFix([], true)).toBe(true);
  });
});
