import { bi } from '../../shared/i18n/text';

/** The side panel's "Tambah ke sesi" texts ("Anda", action first; words as in docs/glossary.md). */
export const SESSION_PANEL_COPY = {
  section: bi('Sesi pelatihan', 'Coaching session'),
  hint: bi(
    'Untuk pelatih: catat produk ini untuk seorang peserta. Skornya sekarang menjadi skor awal.',
    'For trainers: record this product for a participant. Its score now becomes the starting score.',
  ),
  needTitle: bi('Isi judul produk dulu untuk menambahkannya ke sesi.', 'Fill in the product title first to add it to a session.'),
  add: bi('Tambah ke sesi', 'Add to session'),
  session: bi('Sesi', 'Session'),
  participant: bi('Peserta', 'Participant'),
  chooseParticipant: bi('— pilih peserta —', '— choose a participant —'),
  newParticipant: bi('Peserta baru…', 'New participant…'),
  newName: bi('Nama penjual', 'Seller name'),
  confirmAdd: bi('Tambahkan', 'Add'),
  confirmUpdate: bi('Perbarui skor sekarang', 'Update the score now'),
  alreadyThere: (start: number, now: number) =>
    bi(`Produk ini sudah ada di sesi (skor awal ${start}, sekarang ${now}). Menambahkannya lagi hanya memperbarui skor sekarang.`, `This product is already in the session (start ${start}, now ${now}). Adding it again only updates the score now.`),
  cancel: bi('Batal', 'Cancel'),
  noSessions: bi('Belum ada sesi pelatihan. Buat sesi dulu di halaman Sesi pelatihan.', 'No coaching session yet. Create one on the Coaching sessions page first.'),
  openPage: bi('Buka Sesi pelatihan', 'Open Coaching sessions'),
  added: (title: string, name: string, session: string) =>
    bi(`"${title}" ditambahkan untuk ${name} di sesi "${session}".`, `"${title}" was added for ${name} in the session "${session}".`),
  updated: (title: string, name: string) =>
    bi(`Skor sekarang "${title}" untuk ${name} diperbarui.`, `The score now of "${title}" for ${name} was updated.`),
  loading: bi('Memuat sesi…', 'Loading sessions…'),
} as const;
