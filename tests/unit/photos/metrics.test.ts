import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BLURRY_FROM } from '../../../shared/photos/checks/photo-blurry';
import { SAME_COLOURS } from '../../../shared/photos/checks/photo-duplicate';
import { measurePhoto } from '../../../shared/photos/measure';
import { colourDistance, hammingDistance } from '../../../shared/photos/metrics/phash';
import { looksLikeCollage } from '../../../shared/photos/metrics/seams';
import { downscale } from '../../../shared/photos/pixels';
import { synthesize, type PhotoRecipe } from '../../support/synth';
import type { PixelImage } from '../../../shared/photos/types';

type Sharp = ReturnType<typeof sharp>;
const measure = (recipe: PhotoRecipe) => measurePhoto(synthesize(recipe));

async function throughSharp(image: PixelImage, edit: (s: Sharp) => Sharp): Promise<PixelImage> {
  const input = sharp(Buffer.from(image.data.buffer), { raw: { width: image.width, height: image.height, channels: 4 } });
  const { data, info } = await edit(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data) };
}

describe('sharpness', () => {
  it.each([
    ['bottle on white', {}],
    ['room scene', { background: 'scene' }],
    ['busy background', { background: 'busy' }],
    ['1024 px photo', { size: [1024, 1024] }],
  ] satisfies Array<[string, PhotoRecipe]>)('a crisp %s is sharp and its blurred copy is blurry', (_name, recipe) => {
    const crisp = measure(recipe);
    const blurred = measure({ ...recipe, blur: 3 });
    expect(crisp.blur).not.toBeNull();
    expect(crisp.blur!).toBeLessThan(0.3);
    expect(blurred.blur!).toBeGreaterThan(BLURRY_FROM);
    // The Laplacian agrees: blur removes almost all of it.
    expect(blurred.sharpness).toBeLessThan(crisp.sharpness / 20);
  });

  it('does not call a plain white photo blurry: there is nothing to judge by', () => {
    expect(measure({ product: null }).blur).toBeNull();
  });

  it('does not depend on brightness: a dark crisp photo is still crisp', () => {
    expect(measure({ exposure: 'dark' }).blur!).toBeLessThan(0.3);
  });
});

describe('exposure', () => {
  it('tells dark, normal and washed-out photos apart', () => {
    const normal = measure({});
    const dark = measure({ exposure: 'dark' });
    const washed = measure({ exposure: 'washed' });
    expect(dark.brightness).toBeLessThan(80);
    expect(dark.brightLevel).toBeLessThan(160);
    expect(normal.brightLevel).toBeGreaterThan(200);
    expect(washed.darkLevel).toBeGreaterThan(140);
    expect(washed.contrast).toBeLessThan(40);
    expect(normal.darkLevel).toBeLessThan(100);
  });
});

describe('background and product', () => {
  it('sees a white, plain background and measures the product', () => {
    const m = measure({ product: { shape: 'box', fill: 0.5 } });
    expect(m.background.whiteness).toBeGreaterThan(0.95);
    expect(m.background.uniformity).toBeGreaterThan(0.95);
    expect(m.product!.fill).toBeCloseTo(0.5, 1);
  });

  it('sees a plain background that is not white', () => {
    const m = measure({ background: 'pink' });
    expect(m.background.uniformity).toBeGreaterThan(0.9);
    expect(m.background.whiteness).toBe(0);
  });

  it('sees a busy background', () => {
    const m = measure({ background: 'busy' });
    expect(m.background.uniformity).toBeLessThan(0.5);
    expect(m.product).toBeNull();
  });

  it('measures a small product as small', () => {
    const m = measure({ product: { shape: 'round', fill: 0.12 } });
    expect(m.product!.fill).toBeLessThan(0.2);
    expect(m.product!.box.x).toBeGreaterThan(0.2);
  });

  it('treats transparency as white, as the marketplaces show it', () => {
    const image = synthesize({ product: { shape: 'box', fill: 0.3 } });
    // Make the white background fully transparent black.
    for (let o = 0; o < image.data.length; o += 4) {
      if (image.data[o] === 255 && image.data[o + 1] === 255 && image.data[o + 2] === 255) image.data.set([0, 0, 0, 0], o);
    }
    expect(measurePhoto(image).background.whiteness).toBeGreaterThan(0.95);
  });
});

describe('borders', () => {
  it.each([
    ['white frame', { background: 'scene', border: { colour: 'white', thickness: 0.06 } }, 'white', 4],
    ['black frame', { border: { colour: 'black', thickness: 0.05 } }, 'black', 4],
    ['white letterbox bars', { background: 'busy', border: { colour: 'white', thickness: 0.05, sides: 'top-bottom' } }, 'white', 2],
  ] satisfies Array<[string, PhotoRecipe, string, number]>)('finds a %s', (_name, recipe, colour, sides) => {
    const border = measure(recipe).border;
    expect(border?.color).toBe(colour);
    expect(border?.sides).toBe(sides);
    expect(border!.thickness).toBeGreaterThan(0.03);
    expect(border!.boxes).toHaveLength(sides);
  });

  it.each([
    ['a bottle on white', {}],
    ['a wide box on white', { product: { shape: 'box', fill: 0.7 } }],
    ['a box that fills the frame', { product: { shape: 'box', fill: 0.85 } }],
    ['a room scene', { background: 'scene' }],
  ] satisfies Array<[string, PhotoRecipe]>)('sees no border around %s', (_name, recipe) => {
    expect(measure(recipe).border).toBeNull();
  });
});

describe('collage seams', () => {
  it.each([
    ['2 × 2 with gutters', { cols: 2, rows: 2, gutter: 8 }],
    ['2 × 2 without gutters', { cols: 2, rows: 2 }],
    ['side by side', { cols: 2, rows: 1 }],
    ['three stacked', { cols: 1, rows: 3 }],
  ])('finds the joins of a %s collage', (_name, collage) => {
    const { seams } = measure({ collage });
    expect(looksLikeCollage(seams)).toBe(true);
  });

  it.each([
    ['a bottle on white', {}],
    ['a room with a table edge', { background: 'scene' }],
    ['a busy background', { background: 'busy' }],
    ['a box touching top and bottom', { product: { shape: 'box', fill: 0.85 } }],
    ['a framed photo', { background: 'scene', border: { colour: 'white', thickness: 0.06 } }],
  ] satisfies Array<[string, PhotoRecipe]>)('does not call %s a collage', (_name, recipe) => {
    expect(looksLikeCollage(measure(recipe).seams)).toBe(false);
  });
});

describe('perceptual hash', () => {
  it.each([
    ['resized', (s: Sharp) => s.resize(400)],
    ['brightened', (s: Sharp) => s.linear(1, 20)],
    ['cropped a little', (s: Sharp) => s.extract({ left: 16, top: 16, width: 608, height: 608 })],
  ])('keeps a %s copy close', async (_name, edit) => {
    const original = synthesize({ background: 'scene' });
    const copy = await throughSharp(original, edit);
    const a = measurePhoto(original);
    const b = measurePhoto(copy);
    expect(hammingDistance(a.phash, b.phash)).toBeLessThanOrEqual(8);
    expect(colourDistance(a.colours, b.colours)).toBeLessThan(SAME_COLOURS);
  });

  it('keeps a copy re-saved as JPEG close', async () => {
    const original = synthesize({});
    const jpeg = await sharp(Buffer.from(original.data.buffer), { raw: { width: 640, height: 640, channels: 4 } }).jpeg({ quality: 60 }).toBuffer();
    const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const copy = measurePhoto({ width: info.width, height: info.height, data: new Uint8ClampedArray(data) });
    expect(hammingDistance(measurePhoto(original).phash, copy.phash)).toBeLessThanOrEqual(2);
  });

  it('keeps different photos far apart', () => {
    const photos = [{}, { background: 'scene' }, { background: 'busy' }, { product: { shape: 'round' } }, { collage: { cols: 2, rows: 2 } }] satisfies PhotoRecipe[];
    const hashes = photos.map((p) => measure(p).phash);
    for (let i = 0; i < hashes.length; i++) {
      for (let j = i + 1; j < hashes.length; j++) expect(hammingDistance(hashes[i]!, hashes[j]!)).toBeGreaterThan(10);
    }
  });

  it('tells a colour variant apart by its colours', () => {
    const red = measure({});
    const blue = measure({ product: { rgb: [30, 90, 170] } });
    expect(colourDistance(red.colours, blue.colours)).toBeGreaterThanOrEqual(SAME_COLOURS);
  });

  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('0000000000000001', '0000000000000003')).toBe(1);
  });
});

describe('downscale', () => {
  it('averages, so a fine checkerboard turns grey instead of aliasing', () => {
    const size = 64;
    const data = new Uint8ClampedArray(size * size * 4);
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) data.set((x + y) % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255], (y * size + x) * 4);
    const small = downscale({ width: size, height: size, data }, 16);
    expect(small.width).toBe(16);
    for (let o = 0; o < small.data.length; o += 4) expect(Math.abs(small.data[o]! - 128)).toBeLessThan(2);
  });

  it('leaves small photos alone and keeps the aspect ratio', () => {
    const image = synthesize({ size: [300, 200] });
    expect(downscale(image, 512)).toBe(image);
    const half = downscale(synthesize({ size: [800, 400] }), 200);
    expect([half.width, half.height]).toEqual([200, 100]);
  });
});
