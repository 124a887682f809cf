import { bi } from '../../shared/i18n/text';

/** The words of the phone page's frame (header, tabs, updates, installing), Bahasa Indonesia first. */
export const APP_COPY = {
  title: bi('Periksa listing Anda', 'Check your listing'),
  tagline: bi('Periksa listing Shopee dan Tokopedia di HP, juga tanpa internet.', 'Check Shopee and Tokopedia listings on your phone, offline too.'),
  language: bi('Bahasa', 'Language'),
  nav: bi('Menu utama', 'Main menu'),
  check: bi('Periksa', 'Check'),
  drafts: bi('Draf saya', 'My drafts'),
  skip: bi('Langsung ke isi', 'Skip to content'),
  updated: bi('Versi baru Rapi sudah siap.', 'A new version of Rapi is ready.'),
  reload: bi('Muat ulang', 'Reload'),
  offline: bi('Anda sedang offline. Rapi tetap bisa dipakai; draf tersimpan di HP ini.', 'You are offline. Rapi still works; drafts are kept on this phone.'),
  install: bi('Pasang Rapi di HP', 'Install Rapi on your phone'),
  installHint: bi(
    'Pasang Rapi agar bisa dibuka dari layar utama tanpa internet dan muncul saat Anda menekan "Bagikan" di aplikasi Shopee, Tokopedia, atau Galeri.',
    'Install Rapi to open it from your home screen without internet and see it when you tap "Share" in the Shopee, Tokopedia or Gallery app.',
  ),
  installShort: bi('Buka Rapi dari layar utama, juga tanpa internet, dan bagikan produk langsung ke Rapi.', 'Open Rapi from your home screen, offline too, and share products straight to Rapi.'),
  installButton: bi('Tambahkan ke layar utama', 'Add to home screen'),
  installManual: bi(
    'Di Chrome: buka menu ⋮, lalu pilih "Tambahkan ke layar utama" atau "Instal aplikasi". Di Safari (iPhone): tombol Bagikan, lalu "Tambahkan ke Layar Utama".',
    'In Chrome: open the ⋮ menu, then choose "Add to Home screen" or "Install app". In Safari (iPhone): the Share button, then "Add to Home Screen".',
  ),
  installLater: bi('Nanti saja', 'Not now'),
} as const;
