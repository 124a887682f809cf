import { bi, type BilingualText } from '../../shared/i18n/text';
import type { SessionListingSource } from '../../shared/export/session';
import type { SaveState } from './models/entry-editor';

/** Every text of the "Sesi pelatihan" page, Bahasa Indonesia first (words as in docs/glossary.md). */
export const COPY = {
  title: bi('Sesi pelatihan', 'Coaching sessions'),
  language: bi('Bahasa', 'Language'),
  intro: bi(
    'Untuk pelatih: catat peserta dan produk mereka, perbaiki bersama, lalu cetak laporan sebelum → sesudah untuk tiap penjual. Semua tersimpan di perangkat ini saja dan bisa dipakai tanpa internet.',
    'For trainers: record the participants and their products, fix them together, then print a before → after report for each seller. Everything stays on this device and works without internet.',
  ),
  sessions: bi('Sesi Anda', 'Your sessions'),
  noSessions: bi('Belum ada sesi. Buat sesi pertama Anda di bawah.', 'No sessions yet. Create your first one below.'),
  unreadable: (n: number) =>
    bi(`${n} sesi tidak bisa dibaca (dibuat oleh versi Rapi lain) dan tidak ditampilkan.`, `${n} sessions cannot be read (made by another Rapi version) and are not shown.`),
  newSession: bi('Buat sesi baru', 'New session'),
  create: bi('Buat sesi', 'Create session'),
  name: bi('Nama sesi', 'Session name'),
  namePlaceholder: bi('contoh: Pelatihan UMKM Kopi Bandung', 'e.g. Pelatihan UMKM Kopi Bandung'),
  date: bi('Tanggal', 'Date'),
  place: bi('Tempat', 'Place'),
  trainer: bi('Pelatih', 'Trainer'),
  optional: bi('(boleh kosong)', '(optional)'),
  open: bi('Buka', 'Open'),
  openLabel: (name: string) => bi(`Buka sesi "${name}"`, `Open the session "${name}"`),
  remove: bi('Hapus', 'Delete'),
  removeSessionLabel: (name: string) => bi(`Hapus sesi "${name}"`, `Delete the session "${name}"`),
  undoDelete: bi('Batalkan hapus', 'Undo delete'),
  deletedSession: (name: string) => bi(`Sesi "${name}" dihapus.`, `Session "${name}" deleted.`),
  counts: (participants: number, listings: number) =>
    bi(`${participants} peserta · ${listings} produk`, `${participants} participants · ${listings} products`),
  back: bi('← Semua sesi', '← All sessions'),
  backToSession: bi('← Kembali ke sesi', '← Back to the session'),
  missing: bi('Sesi ini tidak ditemukan. Mungkin sudah dihapus.', 'This session was not found. It may have been deleted.'),
  unreadableOne: bi('Sesi ini tidak bisa dibaca (dibuat oleh versi Rapi lain).', 'This session cannot be read (made by another Rapi version).'),
  loading: bi('Memuat…', 'Loading…'),
  editDetails: bi('Ubah detail sesi', 'Edit session details'),
  save: bi('Simpan', 'Save'),
  cancel: bi('Batal', 'Cancel'),
  participants: bi('Peserta', 'Participants'),
  noParticipants: bi('Belum ada peserta. Tambahkan penjual yang ikut sesi ini.', 'No participants yet. Add the sellers taking part in this session.'),
  addParticipant: bi('Tambah peserta', 'Add participant'),
  sellerName: bi('Nama penjual', 'Seller name'),
  shop: bi('Nama toko', 'Shop name'),
  whatsapp: bi('Nomor WhatsApp', 'WhatsApp number'),
  whatsappHint: bi('Contoh: 0812-3456-7890. Hanya disimpan di perangkat ini.', 'E.g. 0812-3456-7890. Kept on this device only.'),
  editParticipant: bi('Ubah data peserta', 'Edit participant'),
  removeParticipantLabel: (name: string) => bi(`Hapus peserta ${name}`, `Remove participant ${name}`),
  confirmRemove: (name: string) => bi(`Hapus ${name} dan semua produknya dari sesi?`, `Remove ${name} and all their products from the session?`),
  yesRemove: bi('Ya, hapus', 'Yes, remove'),
  listingsOf: (name: string) => bi(`Produk ${name}`, `${name}'s products`),
  noListings: bi(
    'Belum ada produk. Tambahkan dari halaman produk (tombol "Tambah ke sesi" di panel Rapi), isi manual, atau impor spreadsheet.',
    'No products yet. Add them from a product page (the "Add to session" button in the Rapi panel), type them in, or import a spreadsheet.',
  ),
  product: bi('Produk', 'Product'),
  source: bi('Dari', 'From'),
  sources: {
    page: bi('halaman produk', 'product page'),
    form: bi('formulir penjual', 'seller form'),
    manual: bi('diisi manual', 'typed in'),
    sheet: bi('spreadsheet', 'spreadsheet'),
  } satisfies Record<SessionListingSource, BilingualText>,
  scoreStartNow: bi('Skor awal → sekarang', 'Score start → now'),
  startToNow: (start: number, now: number) => bi(`${start} → ${now}`, `${start} → ${now}`),
  startToNowLabel: (start: number, now: number) => bi(`skor awal ${start}, sekarang ${now}`, `score at the start ${start}, now ${now}`),
  provisionalScore: bi('sementara', 'provisional'),
  provisionalScoreLabel: bi('skor sementara: ada bagian yang belum dinilai', 'provisional score: a part is not rated yet'),
  actions: bi('Tindakan', 'Actions'),
  fix: bi('Perbaiki', 'Fix'),
  fixLabel: (title: string) => bi(`Perbaiki "${title}"`, `Fix "${title}"`),
  removeListingLabel: (title: string) => bi(`Hapus "${title}" dari sesi`, `Remove "${title}" from the session`),
  addManual: bi('Isi produk manual', 'Type in a product'),
  productTitle: bi('Judul produk', 'Product title'),
  description: bi('Deskripsi', 'Description'),
  price: bi('Harga', 'Price'),
  brand: bi('Merek', 'Brand'),
  weight: bi('Berat', 'Weight'),
  category: bi('Kategori', 'Category'),
  stock: bi('Stok', 'Stock'),
  marketplace: bi('Marketplace', 'Marketplace'),
  otherShop: bi('Toko lain', 'Other shop'),
  addListing: bi('Tambah produk', 'Add product'),
  importSheet: bi('Impor spreadsheet (CSV atau Excel)', 'Import a spreadsheet (CSV or Excel)'),
  importHint: bi(
    'File unggah massal Shopee atau Tokopedia (.xlsx), atau CSV dengan kolom "Nama Produk". Kolom lain boleh ada.',
    'Shopee\'s or Tokopedia\'s bulk-upload file (.xlsx), or a CSV with a "Nama Produk" column. Other columns may be there.',
  ),
  importMarketplace: bi('Periksa untuk', 'Check for'),
  auto: bi('Otomatis (dari file)', 'Automatic (from the file)'),
  chooseFile: bi('Pilih file', 'Choose file'),
  importing: bi('Membaca file…', 'Reading the file…'),
  importDone: (file: string, added: number) =>
    bi(`${file}: ${added} produk ditambahkan.`, `${file}: ${added} products added.`),
  importRejected: (n: number) => bi(`${n} baris tidak bisa dibaca:`, `${n} rows could not be read:`),
  rowProblem: (row: number, text: string) => bi(`Baris ${row}: ${text}`, `Row ${row}: ${text}`),
  report: bi('Laporan', 'Report'),
  participantGone: bi('Peserta ini tidak ada lagi di sesi.', 'This participant is no longer in the session.'),
  reportLabel: (name: string) => bi(`Laporan ${name}`, `Report for ${name}`),
  dashboard: bi('Dasbor sesi', 'Session dashboard'),
  totals: bi('Ringkasan', 'Summary'),
  averageScore: bi('Rata-rata skor', 'Average score'),
  improvedListings: (improved: number, total: number) =>
    bi(`${improved} dari ${total} produk naik skornya`, `${improved} of ${total} products went up`),
  fixedProblems: (n: number) => bi(`${n} masalah sudah diperbaiki`, `${n} problems fixed`),
  none: bi('–', '–'),
  progressChart: bi('Kemajuan per peserta', 'Progress per participant'),
  chartDescription: bi('Rata-rata skor produk tiap peserta: saat ditambahkan (abu-abu) dan sekarang (biru).', 'Each participant\'s average product score: when added (grey) and now (blue).'),
  chartLegendStart: bi('Awal', 'Start'),
  chartLegendNow: bi('Sekarang', 'Now'),
  chartRow: (name: string, start: string, now: string) => bi(`${name}: awal ${start}, sekarang ${now}`, `${name}: start ${start}, now ${now}`),
  commonProblems: bi('Masalah paling umum di ruangan', 'Most common problems in the room'),
  commonProblemsHint: bi('Yang paling banyak dialami produk peserta sekarang: bahas ini berikutnya.', 'What most participants\' products still have: teach this next.'),
  noProblems: bi('Tidak ada masalah yang tersisa. Bagus sekali.', 'No problems left. Well done.'),
  problemCount: (listings: number, total: number, participants: number) =>
    bi(`${listings} dari ${total} produk · ${participants} peserta`, `${listings} of ${total} products · ${participants} participants`),
  problemFixed: (n: number) => bi(`${n} sudah diperbaiki`, `${n} fixed`),
  allListings: bi('Semua produk', 'All products'),
  participant: bi('Peserta', 'Participant'),
  start: bi('Awal', 'Start'),
  now: bi('Sekarang', 'Now'),
  change: bi('Perubahan', 'Change'),
  exportAndPrint: bi('Cetak dan ekspor', 'Print and export'),
  sessionReport: bi('Laporan sesi', 'Session report'),
  everyoneReport: bi('Laporan semua peserta', 'Every participant\'s report'),
  exportCsv: bi('Ekspor CSV', 'Export CSV'),
  print: bi('Cetak', 'Print'),
  printHint: bi('Pilih "Simpan sebagai PDF" di jendela cetak untuk menyimpan laporannya.', 'Choose "Save as PDF" in the print window to keep the report.'),
  editing: bi('Memperbaiki produk', 'Fixing a product'),
  saveStates: {
    saved: bi('Tersimpan', 'Saved'),
    saving: bi('Menyimpan…', 'Saving…'),
    unsaved: bi('Belum tersimpan', 'Not saved yet'),
    error: bi('Belum tersimpan', 'Not saved'),
  } satisfies Record<SaveState, BilingualText>,
  liveScore: (start: number, now: number) => bi(`Skor awal ${start} → sekarang ${now}`, `Score at the start ${start} → now ${now}`),
  fixFirst: bi('Perbaiki dulu', 'Fix first'),
  example: bi('Contoh', 'Example'),
  listingGone: bi('Produk ini tidak ada lagi di sesi (mungkin dihapus di jendela lain).', 'This product is no longer in the session (perhaps removed in another window).'),
  nothingFirst: bi('Tidak ada yang perlu diperbaiki dulu.', 'Nothing to fix first.'),
  photosKept: bi('Foto tidak diubah di sini. Temuan foto dari panel Rapi tetap dihitung.', 'Photos are not changed here. Photo findings from the Rapi panel still count.'),
  placeholders: {
    price: bi('contoh: Rp25.000', 'e.g. Rp25.000'),
    weightGrams: bi('contoh: 250 gr', 'e.g. 250 gr'),
    categoryPath: bi('contoh: Makanan & Minuman > Camilan', 'e.g. Makanan & Minuman > Camilan'),
  },
} as const;

const dayFormats = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "14 Mei 2026" / "14 May 2026" for a yyyy-mm-dd day (read as that day everywhere, not shifted by time zone). */
export function formatDay(day: string, lang: 'id' | 'en'): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormats[lang].format(date).replace('.', '');
}

/** A score, or "–" when there is none (never 0 for "nothing yet"). */
export function scoreText(score: number | null): string {
  return score === null ? '–' : String(score);
}
