import { describe, expect, it } from 'vitest';
import { findContentBox } from '../../../shared/photos/fix/content-box';
import { MAX_SIDE, MAX_UPSCALE, MIN_SIDE, mapPoint, planFix } from '../../../shared/photos/fix/plan';
import type { PixelImage } from '../../../shared/photos/types';
import { synthesize, type PhotoRecipe } from '../../support/synth';

/** The box around every pixel that is clearly not the white backdrop (what the product is, in these pictures). */
function productBox(image: PixelImage, isBackdrop: (r: number, g: number, b: number) => boolean) {
  let left = image.width;
  let top = image.height;
  let right = 0;
  let bottom = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const o = (y * image.width + x) * 4;
      if (isBackdrop(image.data[o]!, image.data[o + 1]!, image.data[o + 2]!)) continue;
      left = Math.min(left, x);
      top = Math.min(top, y);
      right = Math.max(right, x + 1);
      bottom = Math.max(bottom, y + 1);
    }
  }
  return { left, top, right, bottom };
}

const white = (r: number, g: number, b: number) => Math.min(r, g, b) >= 235;

describe('the photo fixer finds the product against plain borders and backdrops', () => {
  it.each<[string, PhotoRecipe]>([
    ['a bottle on white, wide photo', { size: [900, 600], background: 'white' }],
    ['a box on white, off centre', { size: [700, 700], background: 'white', product: { shape: 'box', fill: 0.2, at: [0.3, 0.65] } }],
    ['a round product touching the left edge', { size: [640, 480], background: 'white', product: { shape: 'round', fill: 0.3, at: [0.12, 0.5] } }],
    ['a bottle on white with a black frame', { size: [600, 600], background: 'white', border: { colour: 'black', thickness: 0.05 } }],
    ['a small product in a large photo', { size: [1000, 800], background: 'white', product: { shape: 'round', fill: 0.05 } }],
  ])('never cuts the product: %s', (_name, recipe) => {
    const image = synthesize(recipe);
    const product = productBox(
      image,
      recipe.border?.colour === 'black'
        ? (r, g, b) => white(r, g, b) || Math.max(r, g, b) <= 40 // the frame is no product either
        : white,
    );
    const inner = recipe.border ? Math.ceil(recipe.border.thickness * image.width) : 0;
    const found = findContentBox(image).box;
    // Contains the whole product…
    expect(found.left).toBeLessThanOrEqual(Math.max(product.left, inner));
    expect(found.top).toBeLessThanOrEqual(Math.max(product.top, inner));
    expect(found.right).toBeGreaterThanOrEqual(Math.min(product.right, image.width - inner));
    expect(found.bottom).toBeGreaterThanOrEqual(Math.min(product.bottom, image.height - inner));
    // …and little else: the backdrop and the frame are gone.
    expect(found.left).toBeGreaterThanOrEqual(Math.max(product.left, inner) - 2);
    expect(found.right).toBeLessThanOrEqual(Math.min(product.right, image.width - inner) + 2);
  });

  it('finds the product on a grainy backdrop, and keeps a thin part of it', () => {
    const image = synthesize({ size: [800, 800], background: 'white', product: { shape: 'box', fill: 0.2 } });
    // A cable 2 px wide leaving the box upwards, nearly to the top.
    for (let y = 40; y < 400; y++) {
      for (const x of [400, 401]) image.data.set([40, 40, 40], (y * 800 + x) * 4);
    }
    // A phone camera's grain on everything.
    let seed = 3;
    for (let i = 0; i < image.data.length; i++) {
      if (i % 4 === 3) continue;
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      image.data[i] = image.data[i]! + ((seed >> 16) % 21) - 10;
    }
    const product = productBox(image, (r, g, b) => Math.min(r, g, b) >= 225);
    const found = findContentBox(image).box;
    expect(found.top).toBeLessThanOrEqual(40);
    expect(found.top).toBeGreaterThanOrEqual(38);
    expect(found.left).toBeLessThanOrEqual(product.left);
    expect(found.left).toBeGreaterThanOrEqual(product.left - 2);
    expect(found.right).toBeGreaterThanOrEqual(product.right);
    expect(found.bottom).toBeGreaterThanOrEqual(product.bottom);
  });

  it('trims a frame around a photo but keeps the whole picture inside it', () => {
    const image = synthesize({ size: [600, 600], background: 'scene', border: { colour: 'white', thickness: 0.06 } });
    const frame = Math.round(0.06 * 600);
    const { box, background } = findContentBox(image);
    for (const edge of [box.left, box.top, 600 - box.right, 600 - box.bottom]) expect(Math.abs(edge - frame)).toBeLessThanOrEqual(2);
    expect(Object.values(background).some(Boolean)).toBe(false);
    expect(planFix({ width: 600, height: 600 }, image).frame).toBe('white');
  });

  it('leaves a busy photo whole, and a photo that is all one colour too', () => {
    for (const image of [synthesize({ size: [500, 400], background: 'busy' }), synthesize({ size: [400, 300], background: 'grey', product: null })]) {
      expect(findContentBox(image).box).toEqual({ left: 0, top: 0, right: image.width, bottom: image.height });
    }
  });
});

describe('the fixer’s square', () => {
  const plan = (size: [number, number], recipe: PhotoRecipe, source = { width: size[0], height: size[1] }) =>
    planFix(source, synthesize({ size, ...recipe }));

  it('is at least 1,024 px when the photo allows, and at most 2,048 px', () => {
    const big = plan([800, 600], { background: 'scene' }, { width: 4000, height: 3000 });
    expect(big.side).toBe(MAX_SIDE);
    expect(big.place).toEqual({ x: 0, y: 256, width: 2048, height: 1536 });
    const medium = plan([900, 600], { background: 'scene' });
    expect(medium.side).toBe(MIN_SIDE);
    expect(medium.tooSmall).toBe(false);
  });

  it('centres the product on white with a margin, and never enlarges more than 2×', () => {
    const p = plan([1600, 1000], { background: 'white', product: { shape: 'box', fill: 0.1, at: [0.7, 0.4] } });
    expect(p.background).toBe(true);
    expect(p.side).toBe(MIN_SIDE);
    expect(p.scale).toBeLessThanOrEqual(MAX_UPSCALE);
    expect(Math.abs(p.place.x + p.place.width / 2 - p.side / 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(p.place.y + p.place.height / 2 - p.side / 2)).toBeLessThanOrEqual(1);
  });

  it('does not enlarge a tiny photo past 2×, and says it needs a new one', () => {
    const p = plan([300, 200], { background: 'scene' });
    expect(p.side).toBe(600);
    expect(p.scale).toBe(MAX_UPSCALE);
    expect(p.tooSmall).toBe(true);
  });

  it('moves a point of the photo to where it lands on the square', () => {
    const p = plan([800, 600], { background: 'scene' });
    expect(mapPoint(p, 0.5, 0.5)).toEqual({ x: 0.5, y: 0.5 });
    expect(mapPoint(p, 0, 0)).toEqual({ x: 0, y: 0.125 });
  });
});
