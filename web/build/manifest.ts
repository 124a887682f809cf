/**
 * The web app manifest of Rapi di HP: what makes it installable ("Tambahkan ke layar utama"), how it opens
 * (standalone, portrait), and its share target, so Rapi appears in Android's share sheet for links, text and
 * photos. Every URL is relative to the manifest, so the page works from any folder of any static host.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';
import { SHARE_FIELDS, SHARE_TARGET_PATH } from '../share/protocol.ts';
import { ICON_BLUE, WEB_ICONS } from './icons.ts';

export function webManifest(): Partial<ManifestOptions> {
  return {
    id: './',
    name: 'Rapi — periksa listing Anda',
    short_name: 'Rapi',
    description:
      'Periksa judul, deskripsi, dan foto listing Shopee dan Tokopedia di HP Anda, juga tanpa internet. / Check your Shopee and Tokopedia listing on your phone, offline too.',
    lang: 'id',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: ICON_BLUE,
    categories: ['business', 'productivity', 'shopping'],
    icons: [
      ...WEB_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
        src: icon.file,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    share_target: {
      action: SHARE_TARGET_PATH,
      method: 'POST',
      enctype: 'multipart/form-data',
      params: {
        title: SHARE_FIELDS.title,
        text: SHARE_FIELDS.text,
        url: SHARE_FIELDS.url,
        files: [{ name: SHARE_FIELDS.files, accept: ['image/*', '.jpg', '.jpeg', '.png', '.webp', '.heic'] }],
      },
    },
  };
}
