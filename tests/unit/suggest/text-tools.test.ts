import { describe, expect, it } from 'vitest';
import { sellerTokenKind, unshoutTitle } from '../../../shared/suggest/casing';
import { fillPlaceholders, findPlaceholders, placeholdersIn, placeholdersInEnglish } from '../../../shared/suggest/placeholders';
import { withoutPromo, withoutRepeats } from '../../../shared/suggest/title-clean';
import { fitTitle } from '../../../shared/suggest/title-length';
import { tidy } from '../../../shared/suggest/tokens';

describe('placeholders', () => {
  it('finds only Rapi\'s own placeholders, never the seller\'s brackets', () => {
    const text = 'Xiaomi Redmi Note 14 [8GB+128GB] [Carton] [berat bersih] [warna]';
    expect(findPlaceholders(text).map((p) => p.text)).toEqual(['[berat bersih]', '[warna]']);
    expect(placeholdersIn(text, 'Isi paket: [jumlah] × Kopi', undefined)).toEqual(['[berat bersih]', '[warna]', '[jumlah]']);
  });

  it('fills each with a plausible value of its kind and translates them', () => {
    expect(fillPlaceholders('Kopi [berat bersih] [rasa atau varian]')).toBe('Kopi 100 gr Original');
    expect(placeholdersInEnglish('- Berat bersih: [berat bersih]')).toBe('- Berat bersih: [net weight]');
  });
});

describe('seller tokens and case', () => {
  it.each([
    ['OLED', 'acronym'],
    ['HGUC', 'acronym'],
    ['TV', 'acronym'],
    ['48C4PSA', 'model-code'],
    ['1KG', 'model-code'],
    ['6.67', 'number'],
    ['iPhone', 'mixed-case'],
    ['mAh', 'mixed-case'],
    ['KOPI', undefined],
    ['Keripik', undefined],
    ['DAN', undefined],
  ] as const)('%s is %s', (word, kind) => expect(sellerTokenKind(word)).toBe(kind));

  it('writes a shouted title in normal case but keeps acronyms, codes, numbers and known brands', () => {
    expect(unshoutTitle('SAMSUNG QA65S90C QUANTUM OLED SMART TV 4K UHD 65 INCH')).toBe('SAMSUNG QA65S90C Quantum OLED Smart TV 4K UHD 65 Inch');
    expect(unshoutTitle('KOPI ROBUSTA BALI 1KG BIJI/BUBUK FRESH ROASTED-INDISCHE')).toBe('Kopi Robusta Bali 1KG Biji/Bubuk Fresh Roasted-Indische');
    expect(unshoutTitle('KOPI KAPAL API 200 GR', 'Kapal Api')).toBe('Kopi Kapal Api 200 GR');
  });
});

describe('taking words out', () => {
  it('leaves no empty brackets, doubled separators or words that only led into what went', () => {
    expect(tidy('[ ] MASKER WAJAH')).toBe('MASKER WAJAH');
    expect(withoutPromo('GLUTACID Herbal Alami 100%Original-Free Ongkir-COD')).toBe('GLUTACID Herbal Alami');
    expect(withoutPromo('(COD)SCARLETT WHITENING')).toBe('SCARLETT WHITENING');
    expect(withoutPromo('Kopi, Termurah, Gayo')).toBe('Kopi, Gayo');
    expect(withoutPromo('[ACONE HOT SALE] 10gr Masker')).toBe('[ACONE HOT] 10gr Masker');
    expect(withoutPromo('Spatula Masker Termurah. TEBAL ( 10 WARNA)')).toBe('Spatula Masker. TEBAL ( 10 WARNA)');
  });

  it('keeps the seller\'s own punctuation where nothing was taken out', () => {
    const title = 'Motorola G86 Power 5G – 8GB RAM | 256GB | 6.6″ FHD+ | Kamera 50MP';
    expect(tidy(title)).toBe(title);
  });

  it('says a word once that was said more than twice, and keeps words said twice', () => {
    expect(withoutRepeats('SERUM AISH ORIGINAL / AISH SERUM ORIGINAL / SERUM AISH KOREA / ACNE')).toBe('SERUM AISH ORIGINAL / KOREA / ACNE');
    expect(withoutRepeats('Oleh Oleh Khas Malang')).toBe('Oleh Oleh Khas Malang');
  });

  it('shortens without cutting a word or dropping numbers, codes or placeholders', () => {
    const fitted = fitTitle('Keripik Tempe 250 gr Renyah Gurih Enak Sekali Cocok Untuk Camilan [berat bersih]', 50);
    expect(fitted.length).toBeLessThanOrEqual(50);
    expect(fitted).toMatch(/^Keripik Tempe 250 gr/);
    expect(fitted).toContain('[berat bersih]');
  });
});
