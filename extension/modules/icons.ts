/**
 * Rapi's icon: one SVG source (extension/assets/icon.svg), rendered to PNGs at build time with sharp, so no binary
 * is committed and the sizes never drift from the drawing. The PNGs go to /icon/<size>.png in the build, into the
 * manifest's `icons`, the toolbar button (`action.default_icon`, and Firefox's sidebar button), and every page of
 * the extension gets the 32 px one as its favicon (a Vite plugin adds the <link>, so a new page cannot forget it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

export const ICON_SOURCE = 'extension/assets/icon.svg';
/** What Chrome Web Store and Firefox Add-ons ask for: 16 (favicon, toolbar), 32, 48 (extensions page), 128 (store). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
export const iconPath = (size: number) => `icon/${size}.png`;

/** The PNG of the icon at `size` px: the SVG is rasterised at that size (not scaled from a bigger bitmap). */
export async function renderIcon(svg: Buffer, size: number): Promise<Buffer> {
  const viewBox = 128;
  // Density is dots per inch for the SVG's 72 dpi user units: render at 4x, then downsample for smooth edges.
  return sharp(svg, { density: ((72 * size) / viewBox) * 4 })
    .resize(size, size)
    .png()
    .toBuffer();
}

export default defineWxtModule({
  name: 'rapi:icons',
  setup(wxt) {
    const generated = path.join(wxt.config.wxtDir, 'icons');
    const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

    wxt.hooks.hook('build:publicAssets', async (_wxt, files) => {
      const svg = await readFile(path.join(wxt.config.root, ICON_SOURCE));
      await mkdir(generated, { recursive: true });
      for (const size of ICON_SIZES) {
        const file = path.join(generated, `${size}.png`);
        await writeFile(file, await renderIcon(svg, size));
        files.push({ absoluteSrc: file, relativeDest: iconPath(size) });
      }
    });
    wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
      for (const size of ICON_SIZES) paths.push(iconPath(size));
    });
    wxt.hooks.hook('build:manifestGenerated', (_wxt, manifest) => {
      manifest.icons = icons;
      if (manifest.action) manifest.action.default_icon = icons;
      const sidebar = (manifest as { sidebar_action?: { default_icon?: Record<string, string> } }).sidebar_action;
      if (sidebar) sidebar.default_icon = icons;
    });
    addViteConfig(wxt, () => ({
      plugins: [
        {
          name: 'rapi:favicon',
          transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'icon', type: 'image/png', href: `/${iconPath(32)}` }, injectTo: 'head' }],
        },
      ],
    }));
  },
});
