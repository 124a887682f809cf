import { bi, type BilingualText } from '../../shared/i18n/text';
import { listBoth } from '../../shared/marketplaces/text';

/** The side panel's draft texts, Bahasa Indonesia first ("draf", "Anda", action first; docs/glossary.md). */
export const PANEL_DRAFT_COPY = {
  heading: bi('Draf', 'Draft'),
  autosaveHint: bi(
    'Perubahan Anda di panel ini disimpan otomatis sebagai draf, di perangkat ini saja.',
    'Your changes in this panel are saved automatically as a draft, on this device only.',
  ),
  offer: (ago: string) => bi(`Ada draf Anda untuk produk ini, terakhir diubah ${ago}.`, `You have a draft for this product, last edited ${ago}.`),
  offerManual: (ago: string, title: string) =>
    bi(`Draf terakhir Anda yang diketik manual ("${title}"), terakhir diubah ${ago}.`, `Your last draft typed by hand ("${title}"), last edited ${ago}.`),
  continueDraft: bi('Lanjutkan draf', 'Continue draft'),
  offerVersions: bi('Draf ini punya 2 versi. Lanjutkan draf untuk memilih versi yang dipakai.', 'This draft has 2 versions. Continue the draft to choose the one to use.'),
  continueLabel: (ago: string) => bi(`Lanjutkan draf (terakhir diubah ${ago})`, `Continue draft (last edited ${ago})`),
  keptInHistory: bi(
    'Anda mulai dari isi halaman. Versi draf sebelumnya tetap ada di riwayat draf ini (Draf saya).',
    'You started from what the page shows. The earlier version of the draft stays in this draft\'s history (My drafts).',
  ),
  scoreChange: (before: number | undefined, after: number | undefined) => {
    const show = (n: number | undefined) => (n === undefined ? '–' : String(n));
    return before === undefined
      ? bi(`Skor draf: ${show(after)}`, `Draft score: ${show(after)}`)
      : bi(`Skor: ${show(before)} sebelum → ${show(after)} sesudah`, `Score: ${show(before)} before → ${show(after)} after`);
  },
  scoreBefore: bi('Sebelum (dibaca dari halaman)', 'Before (read from the page)'),
  scoreAfter: bi('Sesudah (draf Anda)', 'After (your draft)'),
  myDrafts: bi('Draf saya', 'My drafts'),
  openThisDraft: bi('Buka draf ini di Draf saya', 'Open this draft in My drafts'),
  newTab: bi('(tab baru)', '(new tab)'),

  conflictTitle: bi('Ada 2 versi draf ini', 'This draft has 2 versions'),
  conflictFromWindow: bi(
    'Draf ini juga diubah di panel atau jendela lain. Kedua versi disimpan. Pilih versi yang dipakai.',
    'This draft was also changed in another panel or window. Both versions are kept. Choose the one to use.',
  ),
  conflictFromImport: bi(
    'File yang diimpor berisi versi lain dari draf ini. Kedua versi disimpan. Pilih versi yang dipakai.',
    'The imported file holds another version of this draft. Both versions are kept. Choose the one to use.',
  ),
  mine: bi('Versi di panel ini', 'The version in this panel'),
  theirs: (ago: string) => bi(`Versi lain (disimpan ${ago})`, `The other version (saved ${ago})`),
  useMine: bi('Pakai versi panel ini', 'Use this panel\'s version'),
  useTheirs: bi('Pakai versi lain', 'Use the other version'),
  score: (n: number | undefined) => bi(`Skor ${n ?? '–'}`, `Score ${n ?? '–'}`),

  applyToForm: bi('Terapkan ke formulir', 'Apply to form'),
  applyHint: bi(
    'Mengisi judul produk, deskripsi, harga, stok dan berat di formulir Seller Centre dari draf ini. Formulir tidak disimpan otomatis.',
    'Fills the product title, description, price, stock and weight in the Seller Centre form from this draft. The form is not saved for you.',
  ),
  applying: bi('Mengisi formulir…', 'Filling in the form…'),
  applied: (fields: BilingualText[]) => {
    const names = listBoth(fields);
    return bi(
      `Sudah diisi di formulir: ${names.id}. Periksa formulirnya, lalu tekan tombol Simpan di Seller Centre.`,
      `Filled in the form: ${names.en}. Check the form, then press Save in Seller Centre.`,
    );
  },
  nothingToApply: bi(
    'Belum ada yang bisa diisi ke formulir: draf ini belum punya judul produk, deskripsi, harga, stok atau berat.',
    'Nothing to fill in yet: this draft has no product title, description, price, stock or weight.',
  ),
  couldNotApply: bi(
    'Rapi tidak bisa mengisi formulir. Muat ulang halaman Seller Centre, lalu coba lagi.',
    'Rapi could not fill in the form. Reload the Seller Centre page, then try again.',
  ),
} as const;
