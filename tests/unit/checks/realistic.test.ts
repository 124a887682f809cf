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
  // Everything Shopee's level depends on was read: photos measured, a video, the specifics table.
  const complete: ListingInput = {
    ...goodSnack,
    title: 'Lampung Jaya Keripik Pisang Rasa Cokelat 250 gr Renyah Halal',
    photoCount: undefined,
    photos: Array.from({ length: 6 }, (_, i) => ({ src: `${i}.jpg`, width: 1000, height: 1000, bytes: 300_000, mime: 'image/jpeg' })),
    video: { src: 'v.mp4', durationSec: 20 },
    brand: 'Lampung Jaya',
    attributes: { Merek: 'Lampung Jaya', Asal: 'Lampung', 'Masa Simpan': '3 bulan' },
  };
  const measured = { measuredPhotoIndexes: [0, 1, 2, 3, 4, 5] };

  it('has no blocking or quality findings on Shopee and scores high', () => {
    const report = checkListing(complete, measured);
    expect(report.findings.filter((f) => f.severity !== 'advice').map((f) => f.checkId)).toEqual([]);
    expect(report.score).toBeGreaterThanOrEqual(90);
    expect(report.provisional).toBe(false);
    expect(report.level?.code).toBe('EXCELLENT');
  });

  it('gives no level while the photos, video or specifics were not read, and says so', () => {
    const report = checkListing(goodSnack);
    expect(report.level).toBeNull();
    expect(report.levelNote?.id).toMatch(/belum bisa ditentukan: spesifikasi belum terbaca/);
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
    ['short title is refused at upload on Tokopedia (not "blocked")', 'tokopedia', 20, 'title-too-short', 'quality'],
    ['short title elsewhere is advice', 'generic', 20, 'title-too-short', 'advice'],
    ['30 characters is fine on Shopee', 'shopee', 30, null, null],
    ['30 characters is under Tokopedia\'s 40 for search', 'tokopedia', 30, 'title-short-for-search', 'quality'],
    ['101 characters is too long for Shopee', 'shopee', 101, 'title-too-long', 'quality'],
    ['101 characters is fine on Tokopedia', 'tokopedia', 101, null, null],
    ['256 characters is refused at upload on Tokopedia (not "blocked")', 'tokopedia', 256, 'title-too-long', 'quality'],
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
    // Refused at upload, so the seller sees it at once: quality, never "blocked".
    expect(at(tokopedia, 'photo-size-small')).toEqual([[1, 'quality']]);
    expect(at(shopee, 'photo-file')).toEqual([[2, 'quality']]); // WebP
    expect(at(tokopedia, 'photo-file')).toEqual([[0, 'quality'], [2, 'quality']]); // 6 MB > 5 MB, WebP
    expect(tokopedia.findings.find((f) => f.checkId === 'photo-file')?.outcome).toBe('refused-at-upload');
  });
});

describe('specifics by category', () => {
  it.each<[string, ListingInput, string[], string[]]>([
    ['fashion asks for size, material and a size chart', { title: 'Kemeja Batik Pria Lengan Panjang Motif Parang', categoryPath: ['Fashion Pria', 'Kemeja'], description: 'Kemeja batik motif parang, lengan panjang.' }, ['spec-size', 'spec-material', 'spec-size-chart'], ['spec-net-content']],
    ['craft asks for dimensions and material', { title: 'Keranjang Anyaman Serbaguna Handmade', categoryPath: ['Rumah Tangga', 'Dekorasi'], description: 'Keranjang anyaman serbaguna.' }, ['spec-dimensions', 'spec-material'], ['spec-size-chart']],
    ['beauty asks for content and BPOM', { title: 'Serum Wajah Niacinamide Untuk Kulit Kusam', categoryPath: ['Kecantikan', 'Perawatan Wajah'], description: 'Serum untuk kulit kusam.' }, ['spec-net-content', 'spec-cosmetic-permit', 'spec-shelf-life'], ['spec-halal']],
    ['electronics asks for a warranty', { title: 'Speaker Bluetooth Portable 10 Watt', categoryPath: ['Elektronik', 'Audio'], description: 'Speaker bluetooth, suara jernih.' }, ['spec-warranty'], ['spec-material', 'spec-quantity']],
    ['a beauty tool needs no BPOM number or net content', { title: 'Penjepit Bulu Mata Stainless', categoryPath: ['Kecantikan', 'Make up Tools'], description: 'Penjepit bulu mata, karet lembut.' }, ['spec-quantity'], ['spec-cosmetic-permit', 'spec-net-content']],
    ['fresh meat asks for NKV and halal, not P-IRT', { title: 'Daging Sapi Has Dalam Segar 1 kg', categoryPath: ['Makanan & Minuman', 'Daging'], description: 'Daging sapi segar.' }, ['spec-nkv', 'spec-halal'], ['spec-food-permit']],
    ['fresh fish asks for neither', { title: 'Ikan Tongkol Segar 1 kg', categoryPath: ['Makanan & Minuman', 'Seafood'], description: 'Ikan tongkol segar.' }, [], ['spec-nkv', 'spec-halal', 'spec-food-permit']],
  ])('%s', (_name, listing, present, absent) => {
    const found = ids(listing);
    for (const id of present) expect(found).toContain(id);
    for (const id of absent) expect(found).not.toContain(id);
    // The category came from the path, not a guess. Only the size chart stays a guess: it may be a picture Rapi did not read.
    const guessed = checkListing(listing).findings.filter((f) => f.area === 'spesifik' && f.checkId !== 'spec-size-chart');
    expect(guessed.every((f) => f.certainty === 'measured')).toBe(true);
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
  const titleOnly: ListingInput = { marketplace: 'shopee', title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr Renyah Halal' };

  it('says once that the photos and description cannot be checked yet, and the score is provisional', () => {
    const report = checkListing(titleOnly);
    expect(report.findings.find((f) => f.checkId === 'photo-missing')?.certainty).toBe('unreadable');
    expect(report.findings.find((f) => f.checkId === 'description-missing')?.outcome).toBe('not-checked');
    expect(report.provisional).toBe(true);
    expect(report.notMeasured).toEqual(['foto', 'spesifik', 'deskripsi']);
    expect(report.provisionalNote?.id).toBe('Skor sementara: foto, spesifikasi dan deskripsi belum dinilai.');
    expect(report.areas.find((a) => a.area === 'foto')?.score).toBeNull();
    expect(report.level).toBeNull();
  });

  it('does not state P-IRT, halal, shelf life or BPOM as missing when there is no text to look in', () => {
    const found = ids(titleOnly);
    for (const id of ['spec-food-permit', 'spec-halal', 'spec-shelf-life', 'spec-net-content', 'spec-cosmetic-permit']) expect(found).not.toContain(id);
  });

  it('treats zero photos as a real problem, not a "saran"', () => {
    const report = checkListing({ ...goodSnack, photoCount: 0 });
    const none = report.findings.find((f) => f.checkId === 'photo-count-low')!;
    expect(none.severity).toBe('quality');
    expect(report.areas.find((a) => a.area === 'foto')?.score).toBe(0);
    expect(report.score).toBeLessThanOrEqual(70);
    expect(report.level?.code).toBe('TO_BE_IMPROVED');
  });

  it('marks photos that could not be downloaded as not measured', () => {
    const photos = Array.from({ length: 9 }, (_, i) => ({ src: `https://p16-images-sign-sg.tokopedia-static.net/${i}.jpg` }));
    const report = checkListing({ ...goodSnack, marketplace: 'tokopedia', photoCount: undefined, photos }, { measuredPhotoIndexes: [], failedPhotoIndexes: [0, 1, 2, 3, 4, 5, 6, 7, 8] });
    expect(report.provisional).toBe(true);
    expect(report.notMeasured).toContain('foto');
    expect(report.areas.find((a) => a.area === 'foto')?.score).toBeNull();
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
