import { bi, type BilingualText } from '../../shared/i18n/text';
import type { PhotoStage } from './models/photo-checks';

/** The Foto section's texts (docs/glossary.md: OCR is "Rapi membaca tulisan di foto"; "foto sampul" for the cover). */
export const PHOTO_COPY = {
  title: bi('Pemeriksaan foto', 'Photo checks'),
  intro: bi(
    'Rapi memeriksa setiap foto dan membaca tulisan di foto, langsung di perangkat Anda. Foto tidak dikirim ke mana pun.',
    'Rapi checks every photo and reads the text on it, right on your device. Photos are not sent anywhere.',
  ),
  none: bi('Belum ada foto untuk diperiksa.', 'No photos to check yet.'),
  summary: (done: number, total: number, failed = 0) =>
    done < total
      ? bi(`${done} dari ${total} foto selesai diperiksa…`, `${done} of ${total} photos checked…`)
      : failed === 0
        ? bi(`${total} foto selesai diperiksa.`, `${total} ${total === 1 ? 'photo' : 'photos'} checked.`)
        : failed === total
          ? bi(`Tidak ada dari ${total} foto yang bisa diperiksa.`, `None of the ${total} ${total === 1 ? 'photo' : 'photos'} could be checked.`)
          : bi(
              `${total - failed} dari ${total} foto diperiksa; ${failed} foto tidak bisa diperiksa.`,
              `${total - failed} of ${total} photos checked; ${failed} could not be checked.`,
            ),
  /** Said once under the summary when photos failed: the photo score waits for them. */
  provisional: bi(
    'Skor foto masih sementara: foto yang tidak bisa diperiksa belum dinilai.',
    'The photo score is provisional: photos that could not be checked are not scored yet.',
  ),
  progressOf: (name: BilingualText) => bi(`Kemajuan pemeriksaan ${name.id.toLowerCase()}`, `Progress checking ${name.en.toLowerCase()}`),
  fromCache: bi('hasil tersimpan', 'saved result'),
  noProblems: bi('Tidak ada masalah di foto ini.', 'No problems on this photo.'),
  labelSuggestion: bi('Saran dari label kemasan', 'Suggestion from the packaging label'),
  textRead: bi('Tulisan yang dibaca Rapi di foto ini', 'Text Rapi read on this photo'),
  noText: bi('Tidak ada tulisan yang terbaca.', 'No text was read.'),
  textNotRead: bi('Tulisan di foto ini tidak diperiksa.', 'The text on this photo was not checked.'),
  boxesNote: bi('Kotak berwarna menandai letak masalah di foto.', 'Coloured boxes mark where the problem is on the photo.'),
  productNote: bi('Garis putus-putus: produk yang dikenali Rapi.', 'Dashed line: the product as Rapi found it.'),
} as const;

export const STAGE_NAMES: Record<PhotoStage, BilingualText> = {
  loading: bi('Mengunduh foto…', 'Downloading the photo…'),
  measuring: bi('Memeriksa ukuran, ketajaman, dan latar…', 'Checking size, sharpness and background…'),
  waiting: bi('Menunggu giliran membaca tulisan…', 'Waiting its turn to read the text…'),
  reading: bi('Membaca tulisan di foto…', 'Reading the text on the photo…'),
  done: bi('Selesai', 'Done'),
  failed: bi('Tidak bisa diperiksa', 'Could not be checked'),
};
