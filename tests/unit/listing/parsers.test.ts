import { describe, expect, it } from 'vitest';
import { formatRupiah, parseRupiah } from '../../../shared/listing/parse-price';
import { findQuantities, formatWeight, parseWeightGrams } from '../../../shared/listing/parse-units';
import { findSpecifics } from '../../../shared/listing/specifics';

describe('parseRupiah reads prices as sellers write them', () => {
  it.each([
    ['Rp13.299.000', 13_299_000],
    ['Rp 25rb', 25_000],
    ['25 ribu', 25_000],
    ['Rp1,5jt', 1_500_000],
    ['2 juta', 2_000_000],
    ['IDR 25,000', 25_000],
    ['Rp 15.500', 15_500],
    ['45000', 45_000],
    ['Rp13.299.000 - Rp15.000.000', 13_299_000],
    [99_000, 99_000],
  ])('%s → %d', (text, value) => expect(parseRupiah(text)).toBe(value));

  it.each(['', 'gratis', 'hubungi penjual', undefined, -5])('%s has no price', (text) => expect(parseRupiah(text)).toBeUndefined());

  it('formats as Rp25.000 with no space', () => {
    expect(formatRupiah(25_000)).toBe('Rp25.000');
    expect(formatRupiah(13_299_000)).toBe('Rp13.299.000');
  });
});

describe('findQuantities reads Indonesian numbers with units', () => {
  it.each([
    ['Kopi Arabika 250gr', 'weight', 250],
    ['Beras 1,5 kg', 'weight', 1500],
    ['Keripik 2 ons', 'weight', 200],
    ['Madu 500 ml', 'volume', 500],
    ['Minyak 1 liter', 'volume', 1000],
    ['Kain 2 m', 'length', 200],
    ['isi 10 pcs', 'count', 10],
    ['Piring 1 lusin', 'count', 12],
    ['Kaos 1 kodi', 'count', 20],
    ['Gula aren 1 kilo', 'weight', 1000],
  ])('%s → %s %d', (text, kind, base) => {
    const q = findQuantities(text)[0]!;
    expect(q.kind).toBe(kind);
    expect(q.base).toBeCloseTo(base);
  });

  it('reads dimensions and clothing sizes', () => {
    expect(findQuantities('Tas 20 x 30 cm')[0]).toMatchObject({ kind: 'dimensions', sides: [20, 30] });
    expect(findQuantities('Meja 60x40x75')[0]).toMatchObject({ kind: 'dimensions', sides: [60, 40, 75] });
    expect(findQuantities('Kaos ukuran 38-44')[0]).toMatchObject({ kind: 'clothing-size' });
    expect(findQuantities('Kaos S/M/L/XL')[0]).toMatchObject({ kind: 'clothing-size' });
    expect(findQuantities('Gamis all size')[0]).toMatchObject({ kind: 'clothing-size' });
  });

  it.each<[string, number, string]>([
    ['Powerbank 10000 mAh 22.5W', 10000, 'mAh'],
    ['Baterai 7,000mAh', 7000, 'mAh'],
    ['Baterai 6.500Mah', 6500, 'mAh'],
    ['SSD NVMe 1TB', 1, 'TB'],
    ['Realme C71 4/128GB', 128, 'GB'],
    ['AC Split 1/2 PK', 0.5, 'PK'],
    ['AC Portable 1,5 PK', 1.5, 'PK'],
    ['Adaptor 12V', 12, 'V'],
    ['Output 2A', 2, 'A'],
    ['Monitor 144Hz', 144, 'Hz'],
    ['TV 65 INCH', 65, 'inch'],
    ['TV 43 INC 43A6500H', 43, 'inch'],
    ['TV LED 32" HD', 32, 'inch'],
    ['Excelso Kopi Java Arabica Biji 200G', 200, 'g'],
    ['Kopi Luwak Renceng 10x25gr', 25, 'g'],
    ['Liturgi Min 20 buku', 20, 'buku'],
    ['Kaos Kaki 1 Lusin', 12, 'pcs'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(findQuantities(text).some((q) => q.value === value && q.unit === unit)).toBe(true);
  });

  it('reads a size added at the end of a title', () => {
    for (const [title, size] of [['Jaket Zipper Hoodie Mocca - M', 'M'], ['Celana Chino Pria Slim Fit, 28', '28'], ['Ankle Chino Slimfit - XL, DARK GREY', 'XL']] as const) {
      expect(findQuantities(title).find((q) => q.kind === 'clothing-size')?.text).toBe(size);
    }
    expect(findQuantities('Kopi Arabika Gayo - Biji').filter((q) => q.kind === 'clothing-size')).toEqual([]);
  });

  it('does not read "2 in 1" as inches, or a network as grams', () => {
    expect(findQuantities('Sampo 2 in 1')).toEqual([]);
    expect(findQuantities('Samsung Galaxy A35 5G')).toEqual([]);
  });

  it('does not read phone networks or plain words as units', () => {
    expect(findQuantities('OPPO Reno11 Pro 5G')).toEqual([]);
    expect(findQuantities('Madu 5 gratis ongkir')).toEqual([]);
    expect(findQuantities('2 mangga')).toEqual([]);
  });

  it('parses and formats weights the Indonesian way', () => {
    expect(parseWeightGrams('1,5 kg')).toBe(1500);
    expect(parseWeightGrams('250')).toBe(250);
    expect(formatWeight(1500)).toBe('1,5 kg');
    expect(formatWeight(250)).toBe('250 gr');
  });
});

describe('findSpecifics finds what buyers look for', () => {
  const label =
    'Keripik Pisang Rasa Balado Khas Lampung 250 gr. Tahan 3 bulan. Halal MUI. P-IRT No. 2063273010123-25. BPOM RI MD 123456789012. Isi paket: 1 pouch.';
  it('reads flavour, origin, shelf life, certifications and box contents', () => {
    const s = findSpecifics(label);
    expect(s.netContent?.base).toBe(250);
    expect(s.flavours).toEqual(['Balado']);
    expect(s.origin).toBe('Khas Lampung');
    expect(s.shelfLife).toBe('Tahan 3 bulan');
    expect(s.halal).toBe('Halal MUI');
    expect(s.pirt).toBe('P-IRT No. 2063273010123-25');
    expect(s.bpom).toBe('BPOM RI MD 123456789012');
    expect(s.boxContents).toBe('Isi paket');
  });

  it.each([
    ['Kaos katun combed 30s', 'materials', ['katun combed']],
    // "Anyaman" (woven) is how it is made; rattan is what it is made of.
    ['Tas anyaman rotan', 'materials', ['rotan']],
    ['Kain batik tulis Madura', 'materials', []],
    ['Gamis bahan ceruty, furing katun jepang', 'materials', ['ceruty', 'katun jepang']],
    ['ED 12/2026', 'shelfLife', 'ED 12/2026'],
    ['Awet 3 bulan tanpa pengawet', 'shelfLife', 'Awet 3 bulan'],
    ['NKV CV-3578-0123', 'nkv', 'NKV CV-3578-0123'],
    ['Exp: 12/2027', 'shelfLife', 'Exp: 12/2027'],
    ['PIRT 2063273010123', 'pirt', 'PIRT 2063273010123'],
    ['Garansi resmi 1 tahun', 'warranty', 'Garansi resmi 1 tahun'],
    ['Lihat size chart di foto', 'sizeChart', 'size chart'],
    ['Asli Lebak', 'origin', 'Asli Lebak'],
  ] as const)('%s → %s', (text, key, expected) => {
    expect(findSpecifics(text)[key]).toEqual(expected);
  });

  it('finds nothing in a vague text', () => {
    const s = findSpecifics('Produk bagus berkualitas, order sekarang');
    expect([s.netContent, s.shelfLife, s.halal, s.pirt, s.bpom, s.origin]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(s.materials).toEqual([]);
  });
});

describe('hasAnyQuantity', () => {
  it('agrees with findQuantities on every real sample listing and on edge cases', async () => {
    const { readFileSync } = await import('node:fs');
    const Papa = (await import('papaparse')).default;
    const { hasAnyQuantity } = await import('../../../shared/listing/parse-units');
    const rows = Papa.parse<Record<string, string>>(readFileSync(new URL('../../fixtures/listings/sample-listings.csv', import.meta.url), 'utf8'), { header: true }).data;
    const texts = [
      ...rows.map((r) => `${r.title ?? ''}\n${r.description ?? ''}`),
      'OPPO Reno11 5G', 'Madu 5 gratis ongkir', '2 x 250', '20 x 30 cm', 'isi 12', 'Kaos S/M/L', 'ukuran M', 'all size', 'tanpa angka',
    ];
    let withQuantity = 0;
    for (const text of texts) {
      const expected = findQuantities(text).length > 0;
      if (expected) withQuantity++;
      expect(hasAnyQuantity(text), text.slice(0, 80)).toBe(expected);
    }
    expect(withQuantity).toBeGreaterThan(100);
    expect(withQuantity).toBeLessThan(texts.length);
  });
});
