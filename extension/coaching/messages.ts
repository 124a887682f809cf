import { bi } from '../../shared/i18n/text';

/** What the trainer reads when something cannot be done: Bahasa Indonesia first, and what to do about it. */
export const COACHING_PROBLEMS = {
  sessionName: bi('Isi nama sesi.', 'Fill in the session name.'),
  sessionDate: bi('Isi tanggal sesi (hari, bulan, tahun).', 'Fill in the session date (day, month, year).'),
  tooLong: (what: string, whatEn: string, max: number) =>
    bi(`${what} terlalu panjang (paling banyak ${max} karakter).`, `The ${whatEn} is too long (at most ${max} characters).`),
  participantName: bi('Isi nama penjual.', 'Fill in the seller\'s name.'),
  whatsapp: bi(
    'Nomor WhatsApp tidak terbaca. Tulis seperti 0812-3456-7890 atau +62 812 3456 7890, atau kosongkan.',
    'The WhatsApp number cannot be read. Write it like 0812-3456-7890 or +62 812 3456 7890, or leave it empty.',
  ),
  tooManyParticipants: (max: number) => bi(`Satu sesi paling banyak ${max} peserta.`, `A session holds at most ${max} participants.`),
  tooManyListings: (max: number) =>
    bi(`Satu peserta paling banyak ${max} produk. Buat sesi baru untuk produk lainnya.`, `A participant holds at most ${max} products. Start a new session for the others.`),
  listingTitle: bi('Isi judul produk.', 'Fill in the product title.'),
  sessionMissing: bi(
    'Sesi ini tidak ada lagi (mungkin dihapus di jendela lain).',
    'This session no longer exists (perhaps it was deleted in another window).',
  ),
  participantMissing: bi(
    'Peserta ini tidak ada lagi di sesi (mungkin dihapus di jendela lain).',
    'This participant is no longer in the session (perhaps removed in another window).',
  ),
  listingMissing: bi('Produk ini tidak ada lagi di sesi.', 'This product is no longer in the session.'),
  storageFull: bi(
    'Penyimpanan browser Anda penuh, jadi perubahan belum tersimpan. Kosongkan ruang disk, lalu coba lagi.',
    'Your browser storage is full, so the change is not saved yet. Free some disk space, then try again.',
  ),
  storageFailed: bi('Rapi belum bisa menyimpan perubahan ini. Coba lagi.', 'Rapi could not save this change yet. Try again.'),
  invalid: bi(
    'Data sesi ini tidak sesuai format Rapi, jadi tidak disimpan.',
    'This session\'s data does not match Rapi\'s format, so it was not saved.',
  ),
} as const;
