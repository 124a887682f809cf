import { bi } from '../../shared/i18n/text';

/** The words of the phone's photo section, Bahasa Indonesia first ("foto produk", "foto sampul"). */
export const PHOTO_COPY = {
  heading: bi('Foto produk', 'Product photos'),
  hint: bi(
    'Tambahkan foto yang akan Anda unggah, urut seperti di aplikasi penjual: foto pertama adalah foto sampul. Foto tetap di HP ini.',
    'Add the photos you will upload, in the order of the seller app: the first is the cover photo. Photos stay on this phone.',
  ),
  gallery: bi('Pilih dari galeri', 'Choose from the gallery'),
  camera: bi('Ambil foto', 'Take a photo'),
  none: bi('Belum ada foto.', 'No photos yet.'),
  remove: (name: string) => bi(`Hapus ${name}`, `Remove ${name}`),
  removeShort: bi('Hapus', 'Remove'),
  count: (n: number) => bi(`${n} foto`, `${n} photos`),
} as const;
