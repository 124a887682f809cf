import { bi } from '../../shared/i18n/text';
import { formatBytes } from '../../shared/photos/copy';

const mb = (bytes: number) => formatBytes(bytes);

/** The words about reading text on photos on a phone (copy-style.md: OCR is "Rapi membaca tulisan di foto"). */
export const OCR_COPY = {
  ask: (bytes: number) => bi(`Unduh pembaca tulisan, ${mb(bytes).id}?`, `Download the text reader, ${mb(bytes).en}?`),
  why: bi(
    'Rapi bisa membaca tulisan di foto: nomor HP, tautan, tulisan promo, dan label seperti "Netto 250 g". Pembaca tulisan diunduh sekali saja, lalu bekerja tanpa internet. Foto Anda tidak dikirim ke mana pun.',
    'Rapi can read the text on your photos: phone numbers, links, promo text and labels such as "Netto 250 g". The text reader is downloaded once, then works offline. Your photos are not sent anywhere.',
  ),
  download: (bytes: number) => bi(`Unduh (${mb(bytes).id})`, `Download (${mb(bytes).en})`),
  notNow: bi('Tidak sekarang', 'Not now'),
  downloading: (done: number, total: number) =>
    bi(`Mengunduh pembaca tulisan: ${mb(done).id} dari ${mb(total).id}`, `Downloading the text reader: ${mb(done).en} of ${mb(total).en}`),
  stop: bi('Berhenti', 'Stop'),
  ready: bi('Pembaca tulisan siap, juga tanpa internet.', 'The text reader is ready, offline too.'),
  declined: bi(
    'Tulisan di foto tidak dibaca. Pemeriksaan foto lainnya (ukuran, bentuk, terang, tajam) tetap jalan.',
    'The text on photos is not read. The other photo checks (size, shape, light, sharpness) still run.',
  ),
  downloadLater: (bytes: number) => bi(`Unduh pembaca tulisan (${mb(bytes).id})`, `Download the text reader (${mb(bytes).en})`),
  network: bi(
    'Pembaca tulisan belum bisa diunduh: periksa sambungan internet Anda, lalu coba lagi. Pemeriksaan foto lainnya tetap jalan.',
    'The text reader could not be downloaded: check your internet connection, then try again. The other photo checks still run.',
  ),
  storage: bi(
    'Ruang penyimpanan HP ini tidak cukup untuk pembaca tulisan. Kosongkan sedikit ruang, lalu coba lagi. Pemeriksaan foto lainnya tetap jalan.',
    'This phone does not have enough storage for the text reader. Free some space, then try again. The other photo checks still run.',
  ),
  stopped: bi('Unduhan dihentikan. Anda bisa melanjutkannya kapan saja.', 'Download stopped. You can continue it at any time.'),
  cannotRun: bi(
    'Rapi tidak bisa membaca tulisan di foto di HP ini. Pemeriksaan foto lainnya tetap jalan.',
    'Rapi cannot read the text on photos on this phone. The other photo checks still run.',
  ),
  tryAgain: bi('Coba lagi', 'Try again'),
} as const;
