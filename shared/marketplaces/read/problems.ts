import type { BilingualText } from '../../i18n/text';
import { bi, listBoth } from '../text';

/** Every problem an adapter reports, in Bahasa Indonesia first (docs/glossary.md: "Anda", no exclamation marks). */

export function couldNotRead(fields: BilingualText[]): BilingualText {
  const names = listBoth(fields);
  return bi(
    `Rapi tidak bisa membaca ${names.id} dari halaman ini. Tampilan halaman mungkin sudah berubah. Isi yang kosong sendiri di panel Rapi.`,
    `Rapi could not read the ${names.en} from this page. The page layout may have changed. Fill in what is missing yourself in the Rapi panel.`,
  );
}

/** The headline of every page that is not read: it is never scored. */
export const NOT_READ = bi('Rapi belum bisa membaca produk di halaman ini.', 'Rapi cannot read a product on this page yet.');

/** The marketplace shows its login form instead of the product. */
export function loginWall(site: 'Shopee' | 'Tokopedia'): BilingualText {
  return bi(
    `${site} meminta Anda masuk (login) dulu, jadi produknya belum terlihat. Masuk ke ${site}, lalu buka lagi halaman produk ini.`,
    `${site} is asking you to log in first, so the product is not shown. Log in to ${site}, then open this product page again.`,
  );
}

export const SECURITY_CHECK = bi(
  'Marketplace meminta verifikasi keamanan (captcha). Selesaikan, lalu buka lagi halaman produk ini.',
  'The marketplace is asking for a security check (captcha). Complete it, then open this product page again.',
);

export const MANY_PRODUCTS = bi(
  'Halaman ini menampilkan banyak produk (beranda atau pencarian), bukan satu produk. Marketplace kadang mengalihkan ke sini saat memeriksa keamanan. Buka lagi halaman produknya.',
  'This page shows many products (home or search), not one. Marketplaces sometimes redirect here during a security check. Open the product page again.',
);


export const NO_PRODUCT_FOUND = bi(
  'Rapi tidak menemukan judul dan harga produk di halaman ini. Tampilan halaman mungkin sudah berubah.',
  'Rapi could not find the product title and price on this page. The page layout may have changed.',
);

/** A shell whose product has not been drawn yet (Shopee draws it in the browser; a saved raw page never will). */
export const NOT_RENDERED = bi(
  'Halaman ini belum selesai dimuat: produknya belum tampil. Tunggu sebentar, atau simpan halaman setelah produknya tampil.',
  'This page has not finished loading: the product is not shown yet. Wait a moment, or save the page after the product is shown.',
);

/** The product's own data (Shopee's API answer, seen on the page) disagrees with the page or with itself. */
export const SHOPEE_DATA_CONFLICT = bi(
  'Judul dari data Shopee tidak sama dengan yang tampil di halaman, jadi ditandai sebagai dugaan. Muat ulang halaman, lalu periksa judulnya.',
  'The title in Shopee’s data does not match the page, so it is marked as a guess. Reload the page, then check the title.',
);

export const NOT_A_PRODUCT_PAGE = bi(
  'Ini bukan halaman produk. Buka halaman satu produk, atau formulir tambah/ubah produk di Seller Centre.',
  'This is not a product page. Open the page of one product, or the add/edit product form in Seller Centre.',
);

export const LISTING_PAGE = bi(
  'Halaman ini berisi banyak produk (pencarian, kategori atau toko). Buka satu produk untuk memeriksanya.',
  'This page lists many products (search, category or shop). Open one product to check it.',
);

export const UNEXPECTED_ERROR = bi(
  'Rapi tidak bisa membaca halaman ini. Isi data produk sendiri di panel Rapi.',
  'Rapi could not read this page. Fill in the product details yourself in the Rapi panel.',
);

/** A price in another currency (a Shopee page from another region). `currency` is an ISO code when known. */
export function notRupiah(currency?: string): BilingualText {
  const code = currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined;
  return bi(
    `Harga di halaman ini ${code ? `dalam ${code}` : 'dalam mata uang lain'}, bukan Rupiah, jadi Rapi tidak memakainya. Isi harga dalam Rupiah di panel.`,
    `The price on this page is ${code ? `in ${code}` : 'in another currency'}, not Rupiah, so Rapi does not use it. Enter the price in Rupiah in the panel.`,
  );
}

/** True for the problem `notRupiah` makes, whatever the currency. */
export function isNotRupiah(problem: BilingualText): boolean {
  return problem.en.includes(', not Rupiah, so Rapi does not use it.');
}

export function formFieldNotFound(fields: BilingualText[]): BilingualText {
  const names = listBoth(fields);
  return bi(
    `Rapi tidak menemukan kolom ${names.id} di formulir ini. Formulirnya mungkin sudah berubah, atau kolom itu baru muncul setelah Anda memilih kategori.`,
    `Rapi did not find the ${names.en} field in this form. The form may have changed, or the field only appears after you choose a category.`,
  );
}

export function formFieldLocked(fields: BilingualText[]): BilingualText {
  const names = listBoth(fields);
  return bi(
    `Kolom ${names.id} terkunci di formulir ini (misalnya karena produk punya varian). Ubah langsung di formulir.`,
    `The ${names.en} field is locked in this form (for example because the product has variants). Change it in the form itself.`,
  );
}
