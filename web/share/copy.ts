import { bi } from '../../shared/i18n/text';

/** The words about shares and shared links, Bahasa Indonesia first. */
export const SHARE_COPY = {
  linkFrom: (marketplace: string) => bi(`Tautan dari ${marketplace}`, `Link from ${marketplace}`),
  notOpened: bi(
    'Rapi tidak membuka tautan ini: halaman marketplace tidak bisa dibaca dari aplikasi di HP. Tautan hanya menjadi nama draf ini dan menentukan marketplace-nya.',
    'Rapi does not open this link: marketplace pages cannot be read from an app on the phone. The link only names this draft and sets its marketplace.',
  ),
  paste: bi('Tempel judul dan deskripsi dari aplikasi penjual.', 'Paste the title and description from the seller app.'),
  words: bi('Teks yang ikut dibagikan:', 'Text shared with it:'),
  useAsTitle: bi('Pakai sebagai judul', 'Use as the title'),
  photos: (n: number) => bi(`${n} foto dari aplikasi lain sedang diperiksa di bawah.`, `${n} photos from another app are being checked below.`),
  skipped: (names: string) => bi(`Tidak dipakai (bukan foto, terlalu besar, atau lebih dari 10): ${names}`, `Not used (not a photo, too big, or more than 10): ${names}`),
} as const;
