import { describe, expect, it } from 'vitest';
import { findContacts } from '../../../shared/checks/contact-patterns';

const texts = (text: string, own?: 'shopee' | 'tokopedia', shopName?: string) => findContacts(text, { own, ...(shopName ? { shopName } : {}) }).map((h) => h.text);

describe('contacts that are contacts', () => {
  it.each([
    ['Tlp / Wa : 0811116020', '0811116020'],
    ['Pesan via WA 0812-3456-7890', 'WA 0812-3456-7890'],
    ['Call center +62 813 9876 5432', '+62 813 9876 5432'],
    ['Order cepat lewat wa.me/6281234567890', 'wa.me/6281234567890'],
    ['Katalog: bit.ly/katalogtempe', 'bit.ly/katalogtempe'],
    ['Belanja di www.tempebusri.com', 'www.tempebusri.com'],
    ['Follow IG kami @tempebusri_official', 'IG kami @tempebusri_official'],
    ['cek tiktok @dapurbusri', '@dapurbusri'],
    ['Pemesanan: sales@tempebusri.co.id', 'sales@tempebusri.co.id'],
    ['Tersedia juga di Lazada', 'Lazada'],
  ])('%s', (text, expected) => {
    expect(texts(text, 'shopee').join(' | ')).toContain(expected.replace('IG kami ', ''));
  });

  it('names another marketplace, but not its own', () => {
    expect(texts('Lebih murah di Shopee kami', 'tokopedia')).toEqual(['Shopee']);
    expect(texts('Gratis ongkir dengan voucher Shopee', 'shopee')).toEqual([]);
    expect(texts('PROMO RESMI SUBSIDI TOKOPEDIA', 'tokopedia')).toEqual([]);
    expect(texts('Cek juga TikTok Shop kami', 'tokopedia')).toEqual([]); // one platform since the merger
    expect(texts('Cek juga TikTok Shop kami', 'shopee')).toEqual(['TikTok Shop']);
  });

  it('a link to another marketplace is a contact; a link to the own shop is not', () => {
    expect(texts('Warna lain: https://tokopedia.link/AbCdEf123', 'shopee')).toEqual(['https://tokopedia.link/AbCdEf123']);
    expect(texts('Warna lain: https://tokopedia.link/AbCdEf123', 'tokopedia')).toEqual([]);
    expect(texts('Koleksi lain: https://shopee.co.id/kaospolosbandung', 'shopee')).toEqual([]);
  });
});

describe('things that only look like contacts', () => {
  it.each([
    'Prosesor Intel N100 @ 3.4GHz',
    'Video 1080p@30fps, 1440p@30fps, 120fps @HD',
    'GPU : Adreno 710 @676MHz',
    'CPU octa-core, 2*A75 @1.8 GHz',
    'Kerupuk Seblak Jablay Viral @100-500gr',
    'Paket 2 karung @ 2.5 kg, 10 bungkus @ Rp12.000',
    'RAM DDR4 16GB@3200MHz, adaptor 12V@3A',
    'Spesifikasi: 8GB@3200MHz.CL22, tegangan 1.2V@JEDEC.',
    'Mesin Cuci Samsung WA90T5260BY 9 kg',
    'Tinta Printer HP 680 Hitam, cocok untuk HP DeskJet 2135',
    'Kabel Data Robot IG10 Type C',
    'AIRBRUSH IWATA HPBR HP-BR 0.3MM',
    'Jam 08.00 - 16.00 WIB, pesanan di atas jam 15.00 dikirim besok',
    'Sertifikat halal ID35110002345670822. Kode produksi 0812202501.',
    'Jika ada yang menghubungi via WhatsApp atau ojek online, jangan percaya.',
    'HP Android untuk sehari-hari: lancar untuk WhatsApp, YouTube, dan TikTok.',
  ])('%s', (text) => {
    expect(texts(text, 'tokopedia')).toEqual([]);
  });

  it('a shop name written like a domain is a name ("Selamat Datang Di QUATTRO.ID")', () => {
    expect(texts('Selamat Datang Di QUATTRO.ID', 'tokopedia')).toEqual([]);
    expect(texts('Selamat datang di tokokita.id', 'tokopedia', 'tokokita.id')).toEqual([]);
    expect(texts('Belanja juga di tokokita.id', 'tokopedia')).toEqual(['tokokita.id']);
  });
});
