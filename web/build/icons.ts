/**
 * The phone page's icons, drawn from Rapi's one icon (shared/assets/icon.svg) with sharp at build time, so no
 * binary is committed and they never drift from the drawing: 192 and 512 px for the home screen and the install
 * prompt, a 512 px "maskable" one (the tick inside the safe circle, Rapi's blue to every edge, so Android's round
 * or squircle masks never cut it) and the 180 px icon iOS takes for "Add to Home Screen".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Plugin } from 'vite';

export const ICON_SOURCE = 'shared/assets/icon.svg';
/** The icon's background, the same blue as the drawing's square. */
export const ICON_BLUE = '#1d4ed8';
const VIEWBOX = 128;

export const WEB_ICONS = [
  { file: 'icons/192.png', size: 192, purpose: 'any' },
  { file: 'icons/512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'icons/apple-touch-180.png', size: 180, purpose: 'apple' },
] as const;

async function render(svg: Buffer, size: number): Promise<Buffer> {
  // Rasterised at 4x the size and scaled down, for smooth edges (the SVG's user unit is 1/72 inch).
  return sharp(svg, { density: ((72 * size) / VIEWBOX) * 4 }).resize(size, size).png().toBuffer();
}

/** Maskable: a full square of the icon's blue with the drawing at 80 %, inside the circle every mask keeps. */
async function renderMaskable(svg: Buffer, size: number): Promise<Buffer> {
  const inner = Math.round(size * 0.8);
  const offset = Math.round((size - inner) / 2);
  return sharp({ create: { width: size, height: size, channels: 4, background: ICON_BLUE } })
    .composite([{ input: await render(svg, inner), left: offset, top: offset }])
    .png()
    .toBuffer();
}

export function iconsPlugin(root: string): Plugin {
  return {
    name: 'rapi-web-icons',
    async generateBundle() {
      const svg = readFileSync(path.join(root, ICON_SOURCE));
      this.emitFile({ type: 'asset', fileName: 'icons/icon.svg', source: svg });
      for (const icon of WEB_ICONS) {
        const png = icon.purpose === 'maskable' ? await renderMaskable(svg, icon.size) : await render(svg, icon.size);
        this.emitFile({ type: 'asset', fileName: icon.file, source: png });
      }
    },
  };
}
