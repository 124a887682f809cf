import { describe, expect, it } from 'vitest';
import { checkListing, type ProfileId } from '../../../shared/checks';
import type { ListingInput } from '../../../shared/listing/schema';

const ids = (input: ListingInput, profile?: ProfileId) => checkListing(input, { profile }).findings.map((f) => f.checkId);

// Listings in the shape real UMKM sellers write them (like tests/fixtures/listings/sample-listings.csv).
const vagueSnack: ListingInput = {
  marketplace: 'shopee',
  title: 'KERIPIK PISANG ENAK MURAH!!! 🔥🔥',
  description: 'keripik pisang enak renyah, order sekarang kak, wa 0812-3456-7890',
  photoCount: 2,
  price: 15_000,
};
const goodSnack: ListingInput = {
  marketplace: 'shopee',
  title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr Renyah Halal',
  description: [
    'Keripik pisang kepok asli Lampung, digoreng tanpa pengawet.',
    '- Berat bersih: 250 gr',
    '- Rasa: cokelat',
    '- Tahan 3 bulan dalam kemasan tertutup',
    '- Halal MUI, P-IRT No. 2063273010123-25',
    'Isi paket: 1 pouch ziplock 250 gr.',
  ].join('\n'),
  photoCount: 6,
  price: 25_000,
};

describe('a realistic vague Shopee snack listing', () => {
  const report = checkListing(vagueSnack);

  it.each([
    'title-all-caps',
    'title-symbols',
    'title-promo-words',
    'description-too-short',
    'description-contact',
    'photo-count-low',
    'spec-net-content',
    'spec-shelf-life',
    'spec-halal',
    'spec-food-permit',
  ])('flags %s', (id) => expect(report.findings.map((f) => f.checkId)).toContain(id));

  it('is capped because the description can get the product blocked, and puts that first', () => {
    expect(report.score).toBeLessThanOrEqual(40);
    expect(report.fixFirst[0]?.checkId).toBe('description-contact');
    expect(report.fixFirst).toHaveLength(3);
  });

  it('stays at Shopee\'s "To be improved" level because of too few photos', () => {
    expect(report.level?.code).toBe('TO_BE_IMPROVED');
    expect(report.level?.heldBy).toContain('TOO_FEW_IMAGES');
  });

  it('explains in both languages, with the seller\'s own words in the example', () => {
    const promo = report.findings.find((f) => f.checkId === 'title-promo-words')!;
    expect(promo.message.id).toContain('murah');
    expect(promo.message.en).toContain('promo words');
    expect(promo.example?.id).toContain('KERIPIK PISANG ENAK');
    expect(promo.example?.id).not.toMatch(/murah/i);
    const symbols = report.findings.find((f) => f.checkId === 'title-symbols')!;
    expect(symbols.example?.id).not.toContain('🔥');
    const caps = report.findings.find((f) => f.checkId === 'title-all-caps')!;
    expect(caps.example?.id).toMatch(/^Keripik Pisang Enak/);
  });

  it('says the food category was guessed from the title', () => {
    const net = report.findings.find((f) => f.checkId === 'spec-net-content')!;
    expect(net.certainty).toBe('estimated');
    expect(net.message.id).toContain('Rapi menduga kategori: Makanan & Minuman (dari judul)');
    expect(net.message.en).toContain('Rapi guesses the category: Food & drink (from the title)');
  });
});

describe('a well-written listing', () => {
  it('has no blocking or quality findings on Shopee and scores high', () => {
    const report = checkListing(goodSnack);
    expect(report.findings.filter((f) => f.severity !== 'advice').map((f) => f.checkId)).toEqual([]);
    expect(report.score).toBeGreaterThanOrEqual(90);
    expect(report.level?.code).toBe('EXCELLENT');
  });

  it('is judged by Tokopedia\'s own thresholds on Tokopedia', () => {
    const found = ids({ ...goodSnack, marketplace: 'tokopedia' });
    expect(found).toContain('description-short-for-search'); // < 500 characters
    expect(found).not.toContain('photo-count-low'); // 6 ≥ 5
    expect(ids({ ...goodSnack, marketplace: 'tokopedia', photoCount: 4 })).toContain('photo-count-low');
    expect(checkListing({ ...goodSnack, marketplace: 'tokopedia' }).level).toBeNull();
  });
});

describe('thresholds per profile', () => {
  it.each<[string, ProfileId, number, string | null, 'blocked' | 'quality' | 'advice' | null]>([
    ['short title on Shopee lowers the quality level', 'shopee', 20, 'title-too-short', 'quality'],
    ['short title is rejected on Tokopedia', 'tokopedia', 20, 'title-too-short', 'blocked'],
    ['short title elsewhere is advice', 'generic', 20, 'title-too-short', 'advice'],
    ['30 characters is fine on Shopee', 'shopee', 30, null, null],
    ['30 characters is under Tokopedia\'s 40 for search', 'tokopedia', 30, 'title-short-for-search', 'quality'],
    ['101 characters is too long for Shopee', 'shopee', 101, 'title-too-long', 'quality'],
    ['101 characters is fine on Tokopedia', 'tokopedia', 101, null, null],
    ['256 characters is rejected on Tokopedia', 'tokopedia', 256, 'title-too-long', 'blocked'],
  ])('%s', (_name, profile, length, expected, severity) => {
    const words = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast Petani Aceh Tengah Segar Wangi Pilihan Kebun Tinggi ';
    const title = words.repeat(5).slice(0, length).trim().padEnd(length, 'x');
    const findings = checkListing({ title }, { profile }).findings.filter((f) => f.area === 'judul' && /title-too|short-for-search/.test(f.checkId));
    if (expected === null) expect(findings).toEqual([]);
    else {
      expect(findings.map((f) => f.checkId)).toEqual([expected]);
      expect(findings[0]!.severity).toBe(severity);
    }
  });

  it('counts photos, sizes, shapes and files against each marketplace', () => {
    const photos = [
      { width: 1080, height: 1920, bytes: 6_000_000, mime: 'image/jpeg' },
      { width: 280, height: 280, bytes: 40_000, mime: 'image/png' },
      { width: 1000, height: 1000, bytes: 300_000, mime: 'image/webp' },
    ];
    const shopee = checkListing({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', marketplace: 'shopee', photos });
    const tokopedia = checkListing({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', marketplace: 'tokopedia', photos });
    const at = (r: typeof shopee, id: string) => r.findings.filter((f) => f.checkId === id).map((f) => [f.photoIndex, f.severity]);
    expect(at(shopee, 'photo-ratio')).toEqual([[0, 'quality']]);
    expect(at(tokopedia, 'photo-ratio')).toEqual([[0, 'quality']]);
    expect(at(shopee, 'photo-size-small')).toEqual([[1, 'advice']]);
    expect(at(tokopedia, 'photo-size-small')).toEqual([[1, 'blocked']]);
    expect(at(shopee, 'photo-file')).toEqual([[2, 'blocked']]); // WebP
    expect(at(tokopedia, 'photo-file')).toEqual([[0, 'blocked'], [2, 'blocked']]); // 6 MB > 5 MB, WebP
  });
});

describe('specifics by category', () => {
  it.each<[string, ListingInput, string[], string[]]>([
    ['fashion asks for size, material and a size chart', { title: 'Kemeja Batik Pria Lengan Panjang Motif Parang', categoryPath: ['Fashion Pria', 'Kemeja'] }, ['spec-size', 'spec-material', 'spec-size-chart'], ['spec-net-content']],
    ['craft asks for dimensions and material', { title: 'Keranjang Anyaman Serbaguna Handmade', categoryPath: ['Rumah Tangga', 'Dekorasi'] }, ['spec-dimensions'], ['spec-material', 'spec-size-chart']],
    ['beauty asks for content and BPOM', { title: 'Serum Wajah Niacinamide Untuk Kulit Kusam', categoryPath: ['Kecantikan', 'Perawatan Wajah'] }, ['spec-net-content', 'spec-cosmetic-permit', 'spec-shelf-life'], ['spec-halal']],
    ['electronics asks for a warranty', { title: 'Speaker Bluetooth Portable Bass 10 Watt', categoryPath: ['Elektronik', 'Audio'] }, ['spec-warranty', 'spec-quantity'], ['spec-material']],
  ])('%s', (_name, listing, present, absent) => {
    const found = ids(listing);
    for (const id of present) expect(found).toContain(id);
    for (const id of absent) expect(found).not.toContain(id);
    const guessed = checkListing(listing).findings.filter((f) => f.area === 'spesifik');
    expect(guessed.every((f) => f.certainty === 'measured')).toBe(true); // category came from the path, not a guess
  });

  it('uses Shopee\'s attribute counts only when the specifics table was read', () => {
    expect(ids({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', marketplace: 'shopee' })).not.toContain('spec-attributes');
    const none = checkListing({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', marketplace: 'shopee', attributes: {} });
    expect(none.findings.find((f) => f.checkId === 'spec-attributes')?.source.code).toBe('TOO_FEW_ATTRIBUTES_FOR_QUALIFIED');
    const two = checkListing({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', marketplace: 'shopee', attributes: { Merek: 'Gayo', Asal: 'Aceh' } });
    expect(two.findings.find((f) => f.checkId === 'spec-attributes')?.source.code).toBe('TOO_FEW_ATTRIBUTES_FOR_EXCELLENT');
  });
});

describe('what Rapi could not read', () => {
  it('says the photos were not seen, and calls the level an estimate', () => {
    const report = checkListing({ marketplace: 'shopee', title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr Renyah Halal' });
    const missing = report.findings.find((f) => f.checkId === 'photo-missing')!;
    expect(missing.certainty).toBe('unreadable');
    expect(report.level?.estimated).toBe(true);
    expect(report.level?.label.id).toMatch(/^paling tinggi/);
    expect(report.score).toBeLessThan(100);
    expect(checkListing(goodSnack).level?.estimated).toBe(false);
  });

  it('leaves size, shape and file to the pixel checks for photos that were measured', () => {
    const photos = [{ width: 200, height: 400, bytes: 20_000_000, mime: 'image/heic' }, { width: 200, height: 400 }];
    const all = checkListing({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', marketplace: 'tokopedia', photos });
    const measured = checkListing({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', marketplace: 'tokopedia', photos }, { measuredPhotoIndexes: [0] });
    const about = (r: typeof all, i: number) => r.findings.filter((f) => f.photoIndex === i).map((f) => f.checkId).sort();
    expect(about(all, 0)).toEqual(['photo-file', 'photo-ratio', 'photo-size-small']);
    expect(about(measured, 0)).toEqual([]);
    expect(about(measured, 1)).toEqual(['photo-ratio', 'photo-size-small']);
  });
});
