import { bi, type BilingualText } from '../../shared/i18n/text';

/** What the curator reads from the showcase service (Bahasa Indonesia first; words as in docs/glossary.md). */
export const SHOWCASE_PROBLEMS = {
  notFound: bi('Etalase ini tidak ditemukan (mungkin sudah dihapus di jendela lain).', 'This showcase was not found (it may have been deleted in another window).'),
  itemNotFound: bi('Barang ini tidak ditemukan (mungkin sudah dihapus di jendela lain).', 'This item was not found (it may have been deleted in another window).'),
  storage: bi(
    'Rapi tidak bisa menyimpan ke penyimpanan browser (mungkin penuh). Tidak ada yang diubah.',
    'Rapi could not write to the browser storage (it may be full). Nothing was changed.',
  ),
  item: (why: BilingualText) => bi(`Periksa isian barang: ${why.id}.`, `Check the item: ${why.en}.`),
  showcase: (why: BilingualText) => bi(`Periksa isian etalase: ${why.id}.`, `Check the showcase: ${why.en}.`),
} as const;
