import { bi, type BilingualText } from '../i18n/text';

/** What the seller reads when a file cannot be imported. Each one also says that nothing was changed. */
export const IMPORT_PROBLEMS = {
  empty: bi(
    'File ini kosong. Tidak ada yang diubah. Pilih file ekspor Rapi (.json).',
    'This file is empty. Nothing was changed. Choose a Rapi export file (.json).',
  ),
  tooBig: (mb: number) =>
    bi(
      `File ini terlalu besar (lebih dari ${mb} MB) untuk file ekspor Rapi. Tidak ada yang diubah.`,
      `This file is too big (over ${mb} MB) to be a Rapi export file. Nothing was changed.`,
    ),
  notJson: bi(
    'File ini rusak atau terpotong: isinya bukan JSON yang utuh. Tidak ada yang diubah. Coba ekspor ulang dari perangkat asalnya.',
    'This file is damaged or cut short: it is not complete JSON. Nothing was changed. Try exporting it again on the device it came from.',
  ),
  tooDeep: (levels: number) =>
    bi(
      `Isi file ini tersusun terlalu dalam (lebih dari ${levels} tingkat). File ekspor Rapi tidak pernah begitu, jadi file ini rusak atau bukan dari Rapi. Tidak ada yang diubah.`,
      `This file's content is nested too deeply (over ${levels} levels). A Rapi export file never is, so this file is damaged or not from Rapi. Nothing was changed.`,
    ),
  tooLong: (entries: number) =>
    bi(
      `File ini berisi daftar yang terlalu panjang (lebih dari ${entries.toLocaleString('id-ID')} isian) untuk file ekspor Rapi. Tidak ada yang diubah.`,
      `This file holds a list that is too long (over ${entries.toLocaleString('en')} entries) to be a Rapi export file. Nothing was changed.`,
    ),
  notRapi: bi(
    'File ini bukan file ekspor Rapi. Tidak ada yang diubah.',
    'This is not a Rapi export file. Nothing was changed.',
  ),
  newerVersion: (version: number) =>
    bi(
      `File ini dibuat oleh Rapi versi yang lebih baru (format ${version}). Perbarui Rapi, lalu impor lagi. Tidak ada yang diubah.`,
      `This file was made by a newer Rapi (format ${version}). Update Rapi, then import again. Nothing was changed.`,
    ),
  invalid: (why: BilingualText) =>
    bi(
      `Isi file ini tidak sesuai format Rapi (${why.id}). Tidak ada yang diubah.`,
      `This file's content does not match Rapi's format (${why.en}). Nothing was changed.`,
    ),
  unreadable: bi(
    'Rapi tidak bisa membaca file ini. Tidak ada yang diubah.',
    'Rapi could not read this file. Nothing was changed.',
  ),
} as const;
