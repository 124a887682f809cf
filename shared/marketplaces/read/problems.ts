import type { BilingualText } from '../../i18n/text';
import { bi, listBoth } from '../text';

/** Every problem an adapter reports, in Bahasa Indonesia first (copy-style.md: "Anda", no exclamation marks). */

export function couldNotRead(fields: BilingualText[]): BilingualText {
  const names = listBoth(fields);
  return bi(
    `Rapi tidak bisa membaca ${names.id} dari halaman ini. Tampilan halaman mungkin sudah berubah. Isi yang kosong sendiri di panel Rapi.`,
    `Rapi could not read the ${names.en} from this page. The page layout may have changed. Fill in what is missing yourself in the Rapi panel.`,
  );
}

export const LOGIN_WALL = bi(
  'Shopee meminta Anda masuk (login) dulu, jadi produknya belum terlihat. Masuk ke Shopee, lalu buka lagi halaman produk ini.',
  'Shopee is asking you to log in first, so the product is not shown. Log in to Shopee, then open this product page again.',
);

export const SHOPEE_NOT_RENDERED = bi(
  'Halaman Shopee ini belum selesai dimuat: isinya baru muncul setelah Shopee menjalankan programnya. Tunggu sebentar, atau simpan halaman setelah produknya tampil.',
  'This Shopee page has not finished loading: its content only appears after Shopee runs its scripts. Wait a moment, or save the page after the product is shown.',
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
