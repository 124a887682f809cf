import type { Area, Certainty, Severity } from '../../checks/types';
import { bi } from '../../i18n/text';

/** The checklist's words (score, fix first, findings by area, where the listing came from), Bahasa Indonesia first. */
export const CHECKLIST_COPY = {
  loading: bi('Membaca halaman…', 'Reading the page…'),
  noPage: bi(
    'Buka halaman produk Shopee atau Tokopedia, atau formulir tambah produk di Seller Centre, dan Rapi memeriksanya. Anda juga bisa mengisi data produk sendiri di bawah.',
    'Open a Shopee or Tokopedia product page, or the add-product form in Seller Centre, and Rapi checks it. You can also fill in the product details yourself below.',
  ),
  noListing: bi(
    'Halaman ini menampilkan banyak produk. Buka satu produk untuk diperiksa, atau isi data produk sendiri di bawah.',
    'This page shows many products. Open one product to check it, or fill in the product details yourself below.',
  ),
  manualNote: bi(
    'Mode manual: ketik atau tempel data produk Anda. Cocok untuk toko lain dan untuk pelatihan.',
    'Manual mode: type or paste your product details. Useful for other shops and for training.',
  ),
  readFrom: {
    product: bi('Dibaca dari halaman produk', 'Read from the product page'),
    form: bi('Dibaca dari formulir produk Anda (diperbarui saat Anda mengetik)', 'Read from your product form (updated as you type)'),
  },
  couldNotRead: bi('Rapi belum bisa membaca produk di halaman ini', 'Rapi cannot read a product on this page yet'),
  fillBelow: bi(
    'Isi data yang kurang di bagian "Yang dibaca Rapi dari halaman ini", lalu Rapi langsung memeriksanya.',
    'Fill in what is missing under "What Rapi read from this page", and Rapi checks it right away.',
  ),
  partlyRead: bi('Sebagian halaman tidak terbaca', 'Part of the page could not be read'),
  /** The page and the marketplace's own data disagree on these fields (listed by name). */
  dataConflict: (fields: { id: string; en: string }) =>
    bi(
      `Data produk dari marketplace tidak sama dengan yang tampil di halaman (${fields.id}). Rapi tidak memilih salah satunya: isinya ditandai sebagai dugaan. Muat ulang halaman, lalu periksa lagi.`,
      `The marketplace's product data does not match what the page shows (${fields.en}). Rapi does not pick one: it is marked as a guess. Reload the page, then check again.`,
    ),
  score: bi('Skor', 'Score'),
  outOf: (score: number) => bi(`${score} dari 100`, `${score} of 100`),
  levelPrefix: bi('Perkiraan di Shopee:', 'Estimated on Shopee:'),
  levelGuessed: bi('(sebagian diduga)', '(partly guessed)'),
  howComputed: bi('Bagaimana skor dihitung', 'How the score is computed'),
  areaScore: (name: string, score: number, weight: number) =>
    bi(`${name}: ${score} dari 100 (bobot ${weight})`, `${name}: ${score} of 100 (weight ${weight})`),
  areaNotRated: (name: string, weight: number) =>
    bi(`${name}: belum dinilai (bobot ${weight}, tidak dihitung)`, `${name}: not rated yet (weight ${weight}, left out)`),
  areaPartlyRated: (name: string, score: number, weight: number) =>
    bi(`${name}: ${score} dari 100, sebagian belum dinilai (bobot ${weight})`, `${name}: ${score} of 100, partly not rated yet (weight ${weight})`),
  category: bi('Kategori', 'Category'),
  categoryFrom: {
    category: bi('dibaca dari kategori produk', 'read from the product category'),
    seller: bi('dipilih Anda', 'picked by you'),
    title: bi('diduga dari judul', 'guessed from the title'),
    none: bi('belum diketahui', 'not known yet'),
  },
  categoryAsk: bi(
    'Rapi belum yakin produk ini termasuk apa. Pilih satu: pemeriksaan khusus kategori (izin, komposisi, tabel ukuran) menunggu pilihan Anda.',
    'Rapi is not sure what this product is. Pick one: the category checks (permits, ingredients, size chart) wait for your choice.',
  ),
  categoryChange: bi('Ganti kategori', 'Change the category'),
  categoryUndo: bi('Biarkan Rapi menebak lagi', 'Let Rapi guess again'),
  facts: bi('Angka dan keterangan yang dibaca Rapi', 'Figures and details Rapi read'),
  factsNote: bi('Dari judul, deskripsi, dan spesifikasi. Di sampingnya: tulisan Anda sendiri.', 'From the title, description and specifics. Beside each: your own words.'),
  noFacts: bi('Belum ada angka atau keterangan yang terbaca.', 'No figures or details read yet.'),
  factWords: bi('tulisan Anda', 'your words'),
  fillTitleFirst: bi('Isi judul produk untuk melihat skor dan daftar perbaikan.', 'Fill in the product title to see the score and what to fix.'),
  fixFirst: bi('Perbaiki dulu', 'Fix first'),
  nothingFirst: bi('Tidak ada yang perlu diperbaiki dulu.', 'Nothing to fix first.'),
  findings: bi('Semua temuan', 'All findings'),
  noFindings: bi('Tidak ada temuan di bagian ini.', 'No findings in this part.'),
  why: bi('Mengapa penting', 'Why it matters'),
  fix: bi('Cara memperbaiki', 'How to fix'),
  example: bi('Contoh', 'Example'),
  source: bi('Sumber aturan', 'Rule source'),
  unverified: bi('belum diverifikasi', 'not verified'),
  photoNumber: (n: number) => (n === 0 ? bi('foto sampul', 'cover photo') : bi(`foto ke-${n + 1}`, `photo ${n + 1}`)),
} as const;

export const AREA_NAMES: Record<Area, ReturnType<typeof bi>> = {
  foto: bi('Foto', 'Photos'),
  judul: bi('Judul', 'Title'),
  spesifik: bi('Spesifikasi', 'Specifics'),
  deskripsi: bi('Deskripsi', 'Description'),
};

export const SEVERITY_NAMES: Record<Severity, ReturnType<typeof bi>> = {
  blocked: bi('bisa diblokir', 'can be blocked'),
  quality: bi('menurunkan tingkat kualitas', 'lowers the quality level'),
  advice: bi('saran Rapi', 'Rapi advice'),
};

export const CERTAINTY_NAMES: Record<Certainty, ReturnType<typeof bi>> = {
  measured: bi('terukur', 'measured'),
  estimated: bi('diduga', 'guessed'),
  unreadable: bi('tidak terbaca', 'could not read'),
};

