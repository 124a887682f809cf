import { bi } from '../../shared/i18n/text';

/** The words of the "Periksa" screen, Bahasa Indonesia first ("Anda", action first; docs/glossary.md). */
export const CHECK_COPY = {
  heading: bi('Periksa listing', 'Check a listing'),
  newListing: bi('Listing baru', 'New listing'),
  intro: bi(
    'Pilih marketplace, lalu tempel atau ketik judul dan deskripsi dari aplikasi penjual. Rapi memeriksanya langsung di HP ini dan menyimpannya sebagai draf.',
    'Choose the marketplace, then paste or type the title and description from the seller app. Rapi checks it right here on this phone and keeps it as a draft.',
  ),
  marketplace: bi('Jual di mana?', 'Where do you sell it?'),
  chooseMarketplace: bi('Pilih Shopee atau Tokopedia: aturan tiap marketplace berbeda.', 'Choose Shopee or Tokopedia: each has its own rules.'),
  title: bi('Judul produk', 'Product title'),
  description: bi('Deskripsi', 'Description'),
  descriptionHint: bi('Tempel deskripsi lengkap dari aplikasi penjual.', 'Paste the full description from the seller app.'),
  details: bi('Harga, berat, stok (boleh dikosongkan)', 'Price, weight, stock (optional)'),
  category: bi('Kategori', 'Category'),
  categoryHint: bi('Tulis kategori seperti di aplikasi penjual, dipisah dengan ">".', 'Write the category as in the seller app, separated by ">".'),
  price: bi('Harga', 'Price'),
  weight: bi('Berat', 'Weight'),
  stock: bi('Stok', 'Stock'),
  brand: bi('Merek', 'Brand'),
  checklist: bi('Hasil pemeriksaan', 'Check results'),
  scoreLink: (score: number) => bi(`Skor ${score} dari 100 · lihat hasil`, `Score ${score} of 100 · see results`),
  history: bi('Riwayat draf ini', 'This draft\'s history'),
  missing: bi('Draf ini tidak ada lagi. Mungkin sudah dihapus.', 'This draft no longer exists. It may have been deleted.'),
  startNew: bi('Periksa listing baru', 'Check a new listing'),
  notSavedYet: bi('Mulai mengetik: Rapi menyimpan draf otomatis.', 'Start typing: Rapi saves the draft on its own.'),
} as const;
