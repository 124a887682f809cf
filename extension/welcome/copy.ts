import { bi } from '../../shared/i18n/text';

/**
 * The welcome page's words. The browsers' own labels are quoted as each browser shows them in that language
 * (Chrome 156 and Firefox 153 language packs): "Ekstensi"/"Extensions", Chrome's "Sematkan ke toolbar"/"Pin to
 * toolbar", Firefox's "Sematkan ke Bilah Alat"/"Pin to Toolbar".
 */
export const WELCOME = {
  pageTitle: bi('Selamat datang di Rapi', 'Welcome to Rapi'),
  tabTitle: bi('Selamat datang', 'Welcome'),
  languageLegend: bi('Bahasa', 'Language'),
  lead: bi(
    'Rapi memeriksa listing Shopee dan Tokopedia Anda: foto produk, judul produk, dan spesifikasi. Setiap temuan disertai cara memperbaikinya.',
    'Rapi checks your Shopee and Tokopedia listings: product photos, product title and specifics. Every finding comes with how to fix it.',
  ),

  useTitle: bi('Cara memakai Rapi', 'How to use Rapi'),
  useOpenPage: bi(
    'Buka halaman produk Anda di Shopee atau Tokopedia, atau formulir tambah atau ubah produk di Seller Centre.',
    'Open your product page on Shopee or Tokopedia, or the add or edit product form in Seller Centre.',
  ),
  useClick: bi(
    'Klik tombol Rapi di dekat judul produk, atau tombol Rapi di browser (lihat di bawah). Panel Rapi terbuka dengan skor dan daftar perbaikan.',
    'Click the Rapi button next to the product title, or the Rapi button in the browser (see below). The Rapi panel opens with the score and the list of fixes.',
  ),
  badgeExample: bi('Rapi 72 · 3 perbaikan', 'Rapi 72 · 3 fixes'),
  badgeCaption: bi('Tombol Rapi di halaman produk (angkanya skor listing Anda).', 'The Rapi button on a product page (the number is your listing’s score).'),
  useManual: bi(
    'Untuk toko lain atau untuk latihan: di panel Rapi klik «Isi manual», lalu ketik atau tempel data produk Anda. Foto bisa Anda tambahkan dari komputer.',
    'For another shop or for practice: in the Rapi panel click “Enter manually”, then type or paste your product details. You can add photos from your computer.',
  ),

  buttonTitle: bi('Di mana tombol Rapi', 'Where the Rapi button is'),
  chromeTitle: bi('Chrome', 'Chrome'),
  chromeFind: bi(
    'Klik tombol Ekstensi (ikon potongan puzzle) di kanan atas, lalu klik Rapi.',
    'Click the Extensions button (the puzzle-piece icon) at the top right, then click Rapi.',
  ),
  chromePin: bi(
    'Agar Rapi selalu terlihat: di menu itu, klik ikon pin di samping Rapi (Sematkan ke toolbar).',
    'To keep Rapi in view: in that menu, click the pin icon next to Rapi (Pin to toolbar).',
  ),
  firefoxTitle: bi('Firefox', 'Firefox'),
  firefoxFind: bi(
    'Klik tombol Ekstensi (ikon potongan puzzle) di bilah alat, lalu klik Rapi. Panel Rapi terbuka di bilah samping.',
    'Click the Extensions button (the puzzle-piece icon) in the toolbar, then click Rapi. The Rapi panel opens in the sidebar.',
  ),
  firefoxPin: bi(
    'Agar Rapi selalu terlihat: di menu itu, klik kanan Rapi, lalu pilih Sematkan ke Bilah Alat.',
    'To keep Rapi in view: in that menu, right-click Rapi, then choose Pin to Toolbar.',
  ),
  firefoxWhy: bi(
    'Di Firefox, tombol Rapi di halaman produk tidak bisa membuka bilah samping sendiri: pakai tombol di bilah alat.',
    'In Firefox, the Rapi button on a product page cannot open the sidebar itself: use the toolbar button.',
  ),
  androidTitle: bi('Firefox di HP Android', 'Firefox on an Android phone'),
  androidFind: bi(
    'Buka menu Firefox, cari Rapi di daftar ekstensi, lalu ketuk. Panel Rapi terbuka di tab baru, untuk halaman yang sedang Anda buka.',
    'Open the Firefox menu, find Rapi in the list of extensions and tap it. The Rapi panel opens in a new tab, for the page you were on.',
  ),
  toolbarPicture: bi(
    'Gambar: bilah alat browser, dengan tombol Ekstensi (potongan puzzle) dan tombol Rapi yang sudah disematkan.',
    'Picture: the browser toolbar, with the Extensions button (puzzle piece) and the pinned Rapi button.',
  ),

  deviceTitle: bi('Yang tetap di perangkat Anda', 'What stays on your device'),
  deviceStored: bi(
    'Draf dan riwayatnya, etalase, sesi pelatihan, dan hasil pemeriksaan foto disimpan di browser ini saja.',
    'Drafts and their history, showcases, coaching sessions and photo results are stored in this browser only.',
  ),
  devicePhotos: bi(
    'Rapi membaca tulisan di foto di perangkat Anda. Foto dari Shopee atau Tokopedia diambil langsung dari situs marketplace itu.',
    'Rapi reads the text on photos on your device. Photos from Shopee or Tokopedia are fetched straight from that marketplace.',
  ),
  deviceNothingSent: bi('Tanpa akun dan tanpa server Rapi: tidak ada data yang dikirim ke mana pun.', 'No account and no Rapi server: nothing is sent anywhere.'),

  nextTitle: bi('Mulai', 'Get started'),
  openDrafts: bi('Buka Draf saya', 'Open My drafts'),
  openDraftsHint: bi('Di sana Anda bisa membuat draf baru dan mengisinya sendiri.', 'There you can start a new draft and fill it in yourself.'),
  againLater: bi('Halaman ini bisa dibuka lagi dari panel Rapi: «Cara memakai Rapi».', 'You can open this page again from the Rapi panel: “How to use Rapi”.'),
};
