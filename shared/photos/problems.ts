import { bi, type BilingualText } from '../i18n/text';
import { formatBytes, formatPixels } from './copy';
import type { PhotoFacts } from './results';

/**
 * Why one photo could not be (fully) checked, for the seller, in both languages: one set of messages for the side
 * panel and `rapi check`, so a trainer sees the same sentence in both. Every step of the photo pipeline (pipeline.ts)
 * throws or answers with one of these.
 */
export class PhotoProblem extends Error {
  constructor(
    readonly text: BilingualText,
    /** What is known about the file anyway (its size when it was too big). */
    readonly known: PhotoFacts = {},
  ) {
    super(text.en);
    this.name = 'PhotoProblem';
  }
}

/** Long addresses are cut so a message fits a phone screen. */
export function shortSrc(src: string): string {
  if (src.startsWith('data:')) return `${src.slice(0, 24)}…`;
  return src.length > 80 ? `${src.slice(0, 77)}…` : src;
}

export const PROBLEMS = {
  notFound: (status: number, src: string) =>
    bi(`Foto tidak ditemukan di alamat ini (${status}): ${shortSrc(src)}.`, `No photo at this address (${status}): ${shortSrc(src)}.`),
  refused: (status: number, src: string) =>
    bi(`Server foto menolak permintaan (${status}): ${shortSrc(src)}.`, `The photo server refused the request (${status}): ${shortSrc(src)}.`),
  /** In the side panel, where reopening the panel tries again. */
  unreachable: (src: string) =>
    bi(
      `Foto tidak bisa diunduh; periksa koneksi internet, lalu buka panel ini lagi: ${shortSrc(src)}.`,
      `The photo could not be downloaded; check the internet connection, then open this panel again: ${shortSrc(src)}.`,
    ),
  /** In `rapi check`, where the address was typed into a file by hand and may be wrong. */
  unreachableAddress: (src: string) =>
    bi(
      `Foto tidak bisa diunduh; periksa alamat dan koneksi internet: ${shortSrc(src)}.`,
      `The photo could not be downloaded; check the address and the internet connection: ${shortSrc(src)}.`,
    ),
  timedOut: (seconds: number, src: string) =>
    bi(
      `Foto terlalu lama diunduh (lebih dari ${seconds} detik): ${shortSrc(src)}.`,
      `The photo took too long to download (over ${seconds} seconds): ${shortSrc(src)}.`,
    ),
  brokenOff: (src: string) => bi(`Unduhan foto terputus: ${shortSrc(src)}.`, `The photo download broke off: ${shortSrc(src)}.`),
  /** A blob: preview belongs to the marketplace's page, and the page did not hand it over (closed, navigated). */
  pageOnly: bi(
    'Foto ini baru dipilih di formulir dan Rapi belum bisa membukanya. Tarik file foto yang sama ke kotak foto di bawah untuk memeriksanya.',
    'This photo was just chosen in the form and Rapi cannot open it yet. Drop the same photo file into the photo box below to check it.',
  ),
  unsupportedAddress: (src: string) =>
    bi(`Alamat foto tidak didukung: ${shortSrc(src)}.`, `Unsupported photo address: ${shortSrc(src)}.`),
  /** `rapi check`: photos are named in a file, as web addresses or files on this computer. */
  unsupportedAddressHere: (src: string) =>
    bi(
      `Alamat foto tidak didukung: ${shortSrc(src)}. Pakai alamat http(s) atau file di komputer ini.`,
      `Unsupported photo address: ${shortSrc(src)}. Use an http(s) address or a file on this computer.`,
    ),
  /**
   * `rapi check`: a listing file must not make Rapi read the trainer's computer or local network (a router page, a
   * cloud metadata address), whether named directly, through a name that resolves there, or through a redirect.
   */
  privateAddress: (src: string) =>
    bi(
      `Rapi tidak membuka alamat di komputer ini atau di jaringan lokal: ${shortSrc(src)}. Pakai alamat foto yang terbuka dari internet, atau simpan fotonya di folder listing.`,
      `Rapi does not open addresses on this computer or the local network: ${shortSrc(src)}. Use a photo address that opens from the internet, or save the photo in the listing's folder.`,
    ),
  tooManyRedirects: (src: string, hops: number) =>
    bi(
      `Alamat foto terus dialihkan ke alamat lain (lebih dari ${hops} kali): ${shortSrc(src)}.`,
      `The photo address keeps redirecting elsewhere (over ${hops} times): ${shortSrc(src)}.`,
    ),
  /** `rapi check`: local photos are read only inside the listing file's folder, unless the trainer allows another. */
  outsideFolder: (file: string, folder: string) =>
    bi(
      `Foto di luar folder listing tidak dibaca: ${shortSrc(file)}. Pindahkan foto ke ${shortSrc(folder)}, atau izinkan foldernya dengan --allow-local-photos FOLDER.`,
      `Photos outside the listing's folder are not read: ${shortSrc(file)}. Move the photo into ${shortSrc(folder)}, or allow its folder with --allow-local-photos DIR.`,
    ),
  /**
   * `rapi check`: a missing file, a folder, an empty file and a file that is no photo all get this one sentence, so
   * a listing file cannot be used to learn which files exist on the trainer's computer.
   */
  noPhotoFile: (file: string) =>
    bi(
      `Tidak ada foto JPG, PNG, WEBP, atau GIF di ${shortSrc(file)}. Periksa nama dan letak filenya.`,
      `There is no JPG, PNG, WEBP or GIF photo at ${shortSrc(file)}. Check the file's name and place.`,
    ),
  tooManyBytes: (bytes: number, limit: number, atLeast: boolean) => {
    const size = formatBytes(bytes);
    const max = formatBytes(limit);
    return bi(
      `Foto terlalu besar untuk diperiksa: ${atLeast ? 'lebih dari ' : ''}${size.id} (batas ${max.id}). Perkecil foto dulu.`,
      `The photo is too large to check: ${atLeast ? 'over ' : ''}${size.en} (limit ${max.en}). Make it smaller first.`,
    );
  },
  empty: bi('File foto kosong (0 byte).', 'The photo file is empty (0 bytes).'),
  notAPhoto: bi(
    'File ini bukan foto yang dikenali (bukan JPG, PNG, WEBP, atau GIF).',
    'This file is not a recognised photo (not JPG, PNG, WEBP or GIF).',
  ),
  heic: bi(
    'Foto HEIC (dari iPhone) tidak bisa dibaca Rapi dan tidak diterima marketplace. Simpan sebagai JPG, lalu coba lagi.',
    'HEIC photos (from iPhones) cannot be read by Rapi and are not accepted by marketplaces. Save it as JPG, then try again.',
  ),
  unsupportedFormat: (name: string) =>
    bi(`Format ${name} tidak bisa dibaca. Simpan foto sebagai JPG, lalu coba lagi.`, `${name} files cannot be read. Save the photo as JPG, then try again.`),
  tooManyPixels: (width: number, height: number) => {
    const size = formatPixels(width, height);
    const millions = Math.round((width * height) / 1e6);
    return bi(
      `Foto terlalu besar untuk diperiksa: ${size.id} (${millions} juta piksel). Perkecil foto, misalnya menjadi 1.200 × 1.200 piksel.`,
      `The photo is too large to check: ${size.en} (${millions} million pixels). Resize it, for example to 1,200 × 1,200 pixels.`,
    );
  },
  corrupt: bi(
    'File foto rusak atau tidak lengkap. Simpan ulang foto dari aslinya, lalu coba lagi.',
    'The photo file is damaged or incomplete. Save it again from the original, then try again.',
  ),
  measureTimedOut: (seconds: number) =>
    bi(
      `Rapi tidak sempat memeriksa foto ini (lebih dari ${seconds} detik). Perkecil foto, lalu coba lagi.`,
      `Rapi could not check this photo in time (over ${seconds} seconds). Make it smaller, then try again.`,
    ),
  /** The photo fixer ("Perbaiki foto") did not finish in time. */
  fixTimedOut: (seconds: number) =>
    bi(
      `Rapi tidak sempat memperbaiki foto ini (lebih dari ${seconds} detik). Coba lagi, atau perkecil fotonya dulu.`,
      `Rapi could not fix this photo in time (over ${seconds} seconds). Try again, or make the photo smaller first.`,
    ),
  unexpected: bi(
    'Foto ini tidak bisa diperiksa karena kesalahan yang tidak terduga.',
    'This photo could not be checked because of an unexpected error.',
  ),
  ocrUnavailable: bi(
    'Rapi tidak bisa menyiapkan pembaca tulisan, jadi tulisan di foto ini tidak diperiksa.',
    'Rapi could not start reading text, so the text on this photo was not checked.',
  ),
  ocrTimedOut: (seconds: number) =>
    bi(
      `Rapi tidak sempat membaca tulisan di foto ini (lebih dari ${seconds} detik).`,
      `Rapi could not read the text on this photo in time (over ${seconds} seconds).`,
    ),
  ocrFailed: bi('Rapi tidak bisa membaca tulisan di foto ini.', 'Rapi could not read the text on this photo.'),
  /** The offscreen document did not answer (Chrome). */
  checkerUnavailable: bi(
    'Pemeriksa foto Rapi tidak bisa dimulai. Tutup panel ini lalu buka lagi.',
    "Rapi's photo checker could not start. Close this panel and open it again.",
  ),
} as const;
