/**
 * Light or dark. The `theme` attribute decides when written ("auto" asks the device, as it always did); without
 * it the widget follows the host page, not the visitor's device: a café's cream page keeps a light showcase for a
 * visitor whose phone is in dark mode, and a dark page gets a dark one.
 */
const darkDevice = () => matchMedia('(prefers-color-scheme: dark)');

export function wantsDark(host: Element): boolean {
  const theme = host.getAttribute('theme')?.trim().toLowerCase();
  if (theme === 'dark' || theme === 'light') return theme === 'dark';
  if (theme === 'auto') return darkDevice().matches;
  // The page's own text colour, which the element inherits: light text means a dark page, whether the page paints
  // a dark background or uses a dark color-scheme. (Browsers give rgb() for hex, rgb, hsl and named colours.)
  const [r = 0, g = 0, b = 0] = getComputedStyle(host).color.match(/[\d.]+/g)?.map(Number) ?? [];
  return r * 299 + g * 587 + b * 114 > 128e3;
}

/**
 * Calls `update` when the device switches light/dark: for theme="auto", and for pages whose own colours follow
 * the device. (A page that repaints itself later by script is read again when the widget reconnects.)
 */
export function watchDevice(update: () => void): () => void {
  const device = darkDevice();
  device.onchange = update;
  return () => (device.onchange = null);
}
