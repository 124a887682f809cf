import { bi } from '../../shared/i18n/text';

/** "Draf saya" on the phone: the words that differ from the extension's page. */
export const DRAFTS_COPY = {
  title: bi('Draf saya', 'My drafts'),
  intro: bi(
    'Semua listing yang Anda periksa tersimpan di sini, di HP ini saja. Tidak ada yang dikirim ke internet.',
    'Every listing you checked is kept here, on this phone only. Nothing is sent to the internet.',
  ),
  empty: bi(
    'Belum ada draf. Tekan "Periksa" dan tempel listing Anda, atau bagikan produk dari aplikasi Shopee atau Tokopedia ke Rapi.',
    'No drafts yet. Tap "Check" and paste your listing, or share a product from the Shopee or Tokopedia app to Rapi.',
  ),
} as const;
