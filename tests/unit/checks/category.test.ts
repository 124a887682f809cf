import { describe, expect, it } from 'vitest';
import { categorize } from '../../../shared/checks/category';
import { pathSegments } from '../../../shared/checks/category-path';

describe('the category the listing has', () => {
  it.each<[string[], string]>([
    [['Makanan & Minuman > Makanan Ringan'], 'food'],
    [['Makanan & Minuman', 'Daging'], 'fresh-food'],
    [['Makanan & Minuman > Kopi (search: kopi; jenis=Arabika)'], 'food'],
    [['catid 100630 Perawatan & Kecantikan (Shopee ID)'], 'beauty'],
    [['catid 100017 (Shopee ID; Pakaian Wanita)'], 'fashion'],
    [['Kecantikan', 'Make up Tools'], 'beauty-tools'],
    [['Kecantikan Suplemen Kecantikan Collagen Suplemen Kecantikan Bubuk'], 'health'],
    [['Elektronik > Alat Pendingin Ruangan > Ac Reflektor'], 'electronics'],
    [['Android OS'], 'electronics'],
    [['perlengkapan pesta', 'persiapan pernikahan', 'buku tamu'], 'craft'],
    [['Film Musik > Alat Musik Digital > Dj Controller'], 'other'],
    [['Fashion Pria > Outerwear Pria > Hoodie  Pria'], 'fashion'],
    [['Celana Chino Pria'], 'fashion'],
  ])('%j → %s', (categoryPath, id) => {
    const c = categorize({ title: 'Produk', categoryPath });
    expect(c.id).toBe(id);
    expect(c.from).toBe('category');
    expect(c.confidence).toBe(1);
  });

  it('splits the path strings sellers and scrapers write', () => {
    expect(pathSegments(['Makanan & Minuman > Kopi (search: kopi)', 'a › b / c'])).toEqual(['Makanan & Minuman', 'Kopi', 'a', 'b', 'c']);
  });

  it('narrows a broad path by the title within the same family only', () => {
    expect(categorize({ title: 'Penjepit Bulu Mata Stainless', categoryPath: ['Perawatan & Kecantikan'] })).toMatchObject({ id: 'beauty-tools', confidence: 0.9 });
    expect(categorize({ title: 'ORGANIC OAT PREMIUM MASK MASKER', categoryPath: ['Perawatan & Kecantikan'] }).id).toBe('beauty');
  });

  it('prefers what the seller picked', () => {
    expect(categorize({ title: 'Tas Rajut Motif Kopi', pickedCategory: 'craft' })).toMatchObject({ id: 'craft', from: 'seller', confidence: 1 });
  });
});

describe('a guess from the title, on whole words only', () => {
  it.each<[string, string]>([
    ['Vaseline Lip Therapy Rosy Lips 7 g', 'beauty'],
    ['Vas Bunga Keramik Putih 20 cm', 'craft'],
    ['Jamur Tiram Segar 500 gr', 'fresh-food'],
    ['Jamu Kunyit Asam 250 ml', 'health'],
    ['Kopiah Rajut Hitam Polos', 'fashion'],
    ['Tasbih Kayu Kokka 33 Butir', 'craft'],
    ['Rak Susun Plastik 3 Tingkat', 'craft'],
    ['Kaos Polos Warna Cream Ukuran L', 'fashion'],
    ['Sepatu Sneakers Pria Coklat 42', 'fashion'],
    ['Hijab Segi Empat Voal Warna Mocca', 'fashion'],
    ['Hijab Voal Warna Kopi Susu', 'fashion'],
    ['Daging Sapi Has Dalam Segar 1 kg', 'fresh-food'],
    ['Rendang Daging Sapi Kering 250 gr', 'food'],
    ['Nugget Ayam Homemade 500 gr', 'food'],
    ['Kuas Makeup Set 12 pcs', 'beauty-tools'],
    ['Mascara Wand Sisir Spoolers', 'beauty-tools'],
    ['Speaker Bluetooth Portable Bass 10 Watt', 'electronics'],
  ])('%s → %s', (title, id) => {
    expect(categorize({ title }).id).toBe(id);
  });

  it('is unsure when the title names two kinds of product, and sure of one', () => {
    expect(categorize({ title: 'Tas Rajut Motif Kopi Handmade Souvenir' }).confidence).toBeLessThan(0.7);
    expect(categorize({ title: 'Keripik Tempe Renyah 250 gr' })).toMatchObject({ id: 'food', from: 'title', confidence: 0.8 });
    expect(categorize({ title: 'Barang Bagus Sekali' })).toMatchObject({ id: 'other', from: 'none', confidence: 0 });
  });
});
