import type { Lang } from '../shared/i18n/text';

/** Every word the widget shows, Bahasa Indonesia first. */
export type { Lang };

const count = new Intl.NumberFormat('id-ID');
const en = new Intl.NumberFormat('en');

export const STRINGS = {
  id: {
    loading: 'Memuat etalase…',
    search: 'Cari produk',
    searchPlaceholder: 'Cari kopi, keripik, batik…',
    categories: 'Kategori',
    all: 'Semua',
    products: (n: number) => `${count.format(n)} produk`,
    noMatch: 'Tidak ada produk yang cocok. Coba kata lain.',
    noMatchIn: (category: string) => `Tidak ada produk yang cocok di kategori ${category}. Coba kata lain atau pilih "Semua".`,
    empty: 'Etalase ini belum berisi produk.',
    more: 'Lihat lebih banyak',
    showing: (shown: number, total: number) => `Menampilkan ${count.format(shown)} dari ${count.format(total)}`,
    curatedBy: 'Dikurasi oleh',
    updated: (date: string) => `diperbarui ${date}`,
    stale: (date: string) => `Etalase terbaru belum bisa dimuat. Ini salinan terakhir yang tersimpan, diperbarui ${date}.`,
    failed: 'Etalase belum bisa dimuat. Periksa koneksi internet Anda, lalu muat ulang halaman.',
    invalid: 'Etalase ini belum bisa ditampilkan.',
    shopee: 'Beli di Shopee',
    tokopedia: 'Beli di Tokopedia',
    whatsapp: 'Pesan via WhatsApp',
    ask: 'Tanya via WhatsApp',
    instagram: 'Instagram',
    website: 'Situs web',
    other: 'Beli di…',
    soldOut: 'Stok habis',
    qr: 'Pindai untuk beli',
    newTab: '(tab baru)',
    productList: 'Daftar produk',
  },
  en: {
    loading: 'Loading the showcase…',
    search: 'Search products',
    searchPlaceholder: 'Search coffee, chips, batik…',
    categories: 'Categories',
    all: 'All',
    products: (n: number) => `${en.format(n)} ${n === 1 ? 'product' : 'products'}`,
    noMatch: 'No products match. Try another word.',
    noMatchIn: (category: string) => `No products match in the ${category} category. Try another word or choose "All".`,
    empty: 'This showcase has no products yet.',
    more: 'Show more',
    showing: (shown: number, total: number) => `Showing ${en.format(shown)} of ${en.format(total)}`,
    curatedBy: 'Curated by',
    updated: (date: string) => `updated ${date}`,
    stale: (date: string) => `The latest showcase could not be loaded. This is the last saved copy, updated ${date}.`,
    failed: 'The showcase could not be loaded. Check your internet connection, then reload the page.',
    invalid: 'This showcase cannot be shown yet.',
    shopee: 'Buy on Shopee',
    tokopedia: 'Buy on Tokopedia',
    whatsapp: 'Order via WhatsApp',
    ask: 'Ask on WhatsApp',
    instagram: 'Instagram',
    website: 'Website',
    other: 'Buy on…',
    soldOut: 'Out of stock',
    qr: 'Scan to buy',
    newTab: '(new tab)',
    productList: 'Product list',
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof STRINGS)['id'];
