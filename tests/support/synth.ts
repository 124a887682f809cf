import type { PhotoRecipe } from '../../shared/photos/recipe';
import type { PixelImage } from '../../shared/photos/types';
import { seeded } from './seeded';

export type { PhotoRecipe };

/**
 * Product photos drawn from a short recipe (shared/photos/recipe.ts), with known properties (sharp or blurred, dark
 * or bright, white or busy background, frame, collage). Used by the tests, the fixtures' generator scripts, the
 * bench and each check's own examples, so a check's failing and passing cases are pictures, not numbers.
 * Deterministic: the same recipe gives the same pixels. Test code only: nothing the extension or the CLI ships.
 */
export function synthesize(recipe: PhotoRecipe = {}): PixelImage {
  const [width, height] = recipe.size ?? [640, 640];
  const random = seeded(recipe.seed ?? 1);
  const canvas = new Canvas(width, height);

  if (recipe.collage) drawCollage(canvas, recipe, random);
  else drawShot(canvas, 0, 0, width, height, recipe, random);

  if (recipe.border) drawBorder(canvas, recipe.border);
  if (recipe.blur) canvas.blur(recipe.blur);
  if (recipe.exposure) canvas.expose(recipe.exposure);
  return { width, height, data: canvas.data };
}

const PALETTE: Array<[number, number, number]> = [
  [190, 30, 45],
  [30, 90, 170],
  [40, 140, 70],
  [230, 150, 20],
  [120, 60, 150],
  [20, 20, 20],
];

function drawCollage(canvas: Canvas, recipe: PhotoRecipe, random: () => number): void {
  const { cols, rows, gutter = 0 } = recipe.collage!;
  const cellW = (canvas.width - gutter * (cols - 1)) / cols;
  const cellH = (canvas.height - gutter * (rows - 1)) / rows;
  canvas.fill(0, 0, canvas.width, canvas.height, [255, 255, 255]);
  const backgrounds: NonNullable<PhotoRecipe['background']>[] = ['scene', 'pink', 'busy', 'grey'];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = r * cols + c;
      const x = Math.round(c * (cellW + gutter));
      const y = Math.round(r * (cellH + gutter));
      drawShot(canvas, x, y, Math.round(cellW), Math.round(cellH), {
        background: backgrounds[k % backgrounds.length],
        product: { rgb: PALETTE[k % PALETTE.length], shape: (['bottle', 'box', 'round'] as const)[k % 3], fill: 0.4 },
      }, random);
    }
  }
}

function drawShot(canvas: Canvas, x0: number, y0: number, w: number, h: number, recipe: PhotoRecipe, random: () => number): void {
  const background = recipe.background ?? 'white';
  if (background === 'white') canvas.fill(x0, y0, w, h, [255, 255, 255]);
  else if (background === 'grey') canvas.fill(x0, y0, w, h, [214, 214, 210]);
  else if (background === 'pink') canvas.fill(x0, y0, w, h, [246, 196, 205]);
  else if (background === 'scene') {
    // A wall fading from light to darker, and a wooden table: a real-looking room shot.
    for (let y = 0; y < h; y++) {
      const t = y / h;
      const rgb: [number, number, number] =
        t < 0.62 ? [200 - 40 * t, 190 - 40 * t, 175 - 40 * t] : [150 - 30 * t, 100 - 20 * t, 60 - 10 * t];
      canvas.fill(x0, y0 + y, w, 1, rgb);
    }
    canvas.noise(x0, y0, w, h, 6, random);
  } else {
    // Clutter: many overlapping coloured shapes.
    canvas.fill(x0, y0, w, h, [120, 110, 100]);
    for (let i = 0; i < 120; i++) {
      const s = 0.04 + random() * 0.18;
      const rgb = PALETTE[Math.floor(random() * PALETTE.length)]!.map((v) => Math.min(255, v + random() * 80)) as [number, number, number];
      const cx = x0 + random() * w;
      const cy = y0 + random() * h;
      if (random() < 0.5) canvas.fill(Math.round(cx), Math.round(cy), Math.round(s * w), Math.round(s * h * 0.7), rgb, x0, y0, w, h);
      else canvas.ellipse(cx, cy, s * w * 0.5, s * h * 0.5, rgb, x0, y0, w, h);
    }
    canvas.noise(x0, y0, w, h, 10, random);
  }

  const product = recipe.product === undefined ? {} : recipe.product;
  if (!product) return;
  const fill = product.fill ?? 0.35;
  const shape = product.shape ?? 'bottle';
  const rgb = product.rgb ?? PALETTE[0]!;
  const [cx, cy] = product.at ?? [0.5, 0.5];
  // Bottles are tall: 1 wide to 2.2 high; boxes and round things roughly square.
  const aspect = shape === 'bottle' ? 1 / 2.2 : shape === 'box' ? 0.85 : 1;
  const bh = Math.min(0.98, Math.sqrt(fill / aspect)) * h;
  const bw = Math.min(0.98 * w, bh * aspect);
  const left = x0 + cx * w - bw / 2;
  const top = y0 + cy * h - bh / 2;
  if (shape === 'round') canvas.ellipse(left + bw / 2, top + bh / 2, bw / 2, bh / 2, rgb, x0, y0, w, h);
  else if (shape === 'box') canvas.fill(Math.round(left), Math.round(top), Math.round(bw), Math.round(bh), rgb, x0, y0, w, h);
  else {
    const neckW = bw * 0.36;
    canvas.fill(Math.round(left + (bw - neckW) / 2), Math.round(top), Math.round(neckW), Math.round(bh * 0.22), shade(rgb, 0.6), x0, y0, w, h);
    canvas.fill(Math.round(left), Math.round(top + bh * 0.2), Math.round(bw), Math.round(bh * 0.8), rgb, x0, y0, w, h);
  }
  // A printed label with fine stripes and small blocks: the detail a sharp photo shows and a blurry one loses.
  const labelTop = Math.round(top + bh * 0.45);
  const labelH = Math.round(bh * 0.3);
  const labelLeft = Math.round(left + bw * 0.08);
  const labelW = Math.round(bw * 0.84);
  canvas.fill(labelLeft, labelTop, labelW, labelH, [245, 240, 225], x0, y0, w, h);
  for (let y = labelTop + 4; y < labelTop + labelH - 4; y += 7) {
    for (let x = labelLeft + 4; x < labelLeft + labelW - 4; x += 3 + Math.floor(random() * 6)) {
      const len = 1 + Math.floor(random() * 3);
      canvas.fill(x, y, len, 3, [30, 30, 30], x0, y0, w, h);
    }
  }
  canvas.noise(Math.round(left), Math.round(top), Math.round(bw), Math.round(bh), 4, random);
}

function drawBorder(canvas: Canvas, border: NonNullable<PhotoRecipe['border']>): void {
  const rgb: [number, number, number] = border.colour === 'white' ? [255, 255, 255] : [0, 0, 0];
  const ty = Math.round(canvas.height * border.thickness);
  const tx = Math.round(canvas.width * border.thickness);
  canvas.fill(0, 0, canvas.width, ty, rgb);
  canvas.fill(0, canvas.height - ty, canvas.width, ty, rgb);
  if (border.sides !== 'top-bottom') {
    canvas.fill(0, 0, tx, canvas.height, rgb);
    canvas.fill(canvas.width - tx, 0, tx, canvas.height, rgb);
  }
}

function shade(rgb: [number, number, number], k: number): [number, number, number] {
  return rgb.map((v) => Math.round(v * k)) as [number, number, number];
}

/** A small RGBA drawing surface with clipping. */
class Canvas {
  readonly data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4).fill(255);
  }

  fill(x: number, y: number, w: number, h: number, rgb: readonly number[], cx = 0, cy = 0, cw = this.width, ch = this.height): void {
    const xa = Math.max(x, cx, 0);
    const ya = Math.max(y, cy, 0);
    const xb = Math.min(x + w, cx + cw, this.width);
    const yb = Math.min(y + h, cy + ch, this.height);
    for (let yy = ya; yy < yb; yy++) {
      for (let xx = xa; xx < xb; xx++) this.set(xx, yy, rgb);
    }
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, rgb: readonly number[], clipX = 0, clipY = 0, clipW = this.width, clipH = this.height): void {
    const ya = Math.max(Math.floor(cy - ry), clipY, 0);
    const yb = Math.min(Math.ceil(cy + ry), clipY + clipH, this.height);
    const xa = Math.max(Math.floor(cx - rx), clipX, 0);
    const xb = Math.min(Math.ceil(cx + rx), clipX + clipW, this.width);
    for (let y = ya; y < yb; y++) {
      for (let x = xa; x < xb; x++) {
        const dx = (x + 0.5 - cx) / rx;
        const dy = (y + 0.5 - cy) / ry;
        if (dx * dx + dy * dy <= 1) this.set(x, y, rgb);
      }
    }
  }

  noise(x: number, y: number, w: number, h: number, amount: number, random: () => number): void {
    for (let yy = Math.max(0, y); yy < Math.min(this.height, y + h); yy++) {
      for (let xx = Math.max(0, x); xx < Math.min(this.width, x + w); xx++) {
        const o = (yy * this.width + xx) * 4;
        const n = (random() - 0.5) * 2 * amount;
        this.data[o] = this.data[o]! + n;
        this.data[o + 1] = this.data[o + 1]! + n;
        this.data[o + 2] = this.data[o + 2]! + n;
      }
    }
  }

  /** Three box-blur passes per direction: close to a Gaussian of the same radius. */
  blur(radius: number): void {
    const r = Math.max(1, Math.round(radius));
    for (let pass = 0; pass < 3; pass++) {
      this.boxBlur(r, 1, this.width, this.height, this.width);
      this.boxBlur(r, this.width, this.height, this.width, 1);
    }
  }

  private boxBlur(r: number, step: number, length: number, lines: number, lineStep: number): void {
    const line = new Float32Array(length * 3);
    for (let l = 0; l < lines; l++) {
      const base = l * lineStep;
      for (let i = 0; i < length; i++) {
        const o = (base + i * step) * 4;
        line[i * 3] = this.data[o]!;
        line[i * 3 + 1] = this.data[o + 1]!;
        line[i * 3 + 2] = this.data[o + 2]!;
      }
      for (let c = 0; c < 3; c++) {
        let acc = 0;
        for (let k = -r; k <= r; k++) acc += line[Math.min(length - 1, Math.max(0, k)) * 3 + c]!;
        for (let i = 0; i < length; i++) {
          this.data[(base + i * step) * 4 + c] = acc / (2 * r + 1);
          acc += line[Math.min(length - 1, i + r + 1) * 3 + c]! - line[Math.max(0, i - r) * 3 + c]!;
        }
      }
    }
  }

  expose(kind: 'dark' | 'washed'): void {
    for (let o = 0; o < this.data.length; o += 4) {
      for (let c = 0; c < 3; c++) {
        const v = this.data[o + c]!;
        // Dark: a photo taken in a dim room. Washed out: haze lifts the blacks and flattens everything.
        this.data[o + c] = kind === 'dark' ? v * 0.22 : 165 + v * 0.35;
      }
    }
  }

  private set(x: number, y: number, rgb: readonly number[]): void {
    const o = (y * this.width + x) * 4;
    this.data[o] = rgb[0]!;
    this.data[o + 1] = rgb[1]!;
    this.data[o + 2] = rgb[2]!;
    this.data[o + 3] = 255;
  }
}

