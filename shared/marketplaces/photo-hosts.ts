import type { BilingualText } from '../i18n/text';
import { bi } from './text';

/**
 * The only hosts Rapi downloads listing photos from: the marketplaces' image CDNs, as the saved pages and API JSON
 * show them (docs/photo-hosts.md lists where each was seen). One list for both guards: the extension's CSP
 * (wxt.config.ts: connect-src and img-src) and the photo download (extension/photos/load.ts). So a page that puts
 * an arbitrary <img> in its gallery cannot make Rapi contact that host.
 *
 * Written as CSP host sources: a leading "*." is the only wildcard CSP knows, and it stands for one or more labels.
 */
export const PHOTO_HOSTS = [
  // Shopee: down-id.img.susercontent.com (Indonesia), down-sg… for other regions. Not *.susercontent.com: the same
  // domain also serves video (down-cvs-sg.vod.susercontent.com), which Rapi never reads.
  '*.img.susercontent.com',
  // Tokopedia: the older image CDN, and the TikTok-era one (p16-images-sign-sg…, p19-images-sign-sg…).
  'images.tokopedia.net',
  '*.tokopedia-static.net',
] as const;

function hostMatches(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase();
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;
}

/** True only for an https address (no credentials, default port) on one of PHOTO_HOSTS. */
export function isMarketplacePhotoUrl(src: string): boolean {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  return PHOTO_HOSTS.some((pattern) => hostMatches(url.hostname, pattern));
}

/** The CSP sources for what Rapi's pages may fetch and show: their own files, blob:/data: previews, the photo CDNs. */
export function photoCspSources(): string {
  return ["'self'", 'blob:', 'data:', ...PHOTO_HOSTS.map((host) => `https://${host}`)].join(' ');
}

/** What the seller reads when a photo's address is not on a marketplace's photo server. */
export function foreignPhotoHost(src: string): BilingualText {
  let host = src.slice(0, 60);
  try {
    host = new URL(src).host || host;
  } catch {
    // Not a URL: show its start.
  }
  return bi(
    `Rapi hanya mengambil foto dari server foto Shopee dan Tokopedia (https), bukan dari ${host}. Simpan foto ini ke perangkat Anda, lalu tarik filenya ke kotak foto untuk memeriksanya.`,
    `Rapi only downloads photos from Shopee's and Tokopedia's photo servers (https), not from ${host}. Save this photo to your device, then drop the file into the photo box to check it.`,
  );
}
