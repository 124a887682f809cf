import { describe, expect, it } from 'vitest';
import { findSpecifics } from '../../../shared/listing/specifics';
import { missingLabelFacts } from '../../../shared/photos/checks/photo-label-specifics';
import {
  boxesForText,
  findHandles,
  findMarketplaceNames,
  findPhoneNumbers,
  findPromoWords,
  findUrls,
  textCoverage,
} from '../../../shared/photos/ocr/matchers';
import { ocrFromLines } from '../../../shared/photos/ocr/types';

const texts = (found: Array<{ text: string }>) => found.map((m) => m.text);

describe('phone and WhatsApp numbers', () => {
  it.each([
    ['Order WA 0812-3456-7890', '0812-3456-7890'],
    ['Hub: +62 812 3456 7890', '+62 812 3456 7890'],
    ['WA 6281234567890 fast respon', '6281234567890'],
    ['0857.1234.5678', '0857.1234.5678'],
    ['(0813) 1234 5678', '(0813) 1234 5678'],
  ])('finds %s', (line, number) => {
    expect(texts(findPhoneNumbers(ocrFromLines([line])))).toEqual([number]);
  });

  it.each([['Netto 250 g'], ['P-IRT No. 2063271010876-27'], ['BPOM RI MD 224528001034'], ['Harga Rp25.000'], ['Exp 12 2026'], ['0812 345']])(
    'leaves %s alone',
    (line) => {
      expect(findPhoneNumbers(ocrFromLines([line]))).toEqual([]);
    },
  );

  it('gives the boxes of every word the number spans', () => {
    const ocr = ocrFromLines(['Hubungi 0812 3456 7890 sekarang']);
    const [match] = findPhoneNumbers(ocr);
    expect(match!.boxes).toHaveLength(3);
    expect(match!.boxes[0]).toEqual(ocr.lines[0]!.words[1]!.box);
  });

  it('ignores words Tesseract was unsure of', () => {
    const ocr = ocrFromLines(['WA 0812-3456-7890']);
    ocr.lines[0]!.words[1]!.confidence = 20;
    expect(findPhoneNumbers(ocr)).toEqual([]);
  });
});

describe('links, accounts, marketplaces, promo words', () => {
  it('finds links', () => {
    expect(texts(findUrls(ocrFromLines(['Cek www.kripikmantap.com', 'atau wa.me/6281234567890', 'linktr.ee/kripik'])))).toEqual([
      'www.kripikmantap.com',
      'wa.me/6281234567890',
      'linktr.ee/kripik',
    ]);
    expect(findUrls(ocrFromLines(['Netto 250 g. Baik digunakan sebelum 12.2026']))).toEqual([]);
  });

  it('finds social accounts but not a WhatsApp number twice', () => {
    expect(texts(findHandles(ocrFromLines(['IG: @kripik.mantap', 'follow @dapur_busri'])))).toEqual(['IG: @kripik.mantap', '@dapur_busri']);
    expect(findHandles(ocrFromLines(['WA: 081234567890']))).toEqual([]);
  });

  it('names other marketplaces, not the listing’s own', () => {
    const ocr = ocrFromLines(['Juga ada di Tokopedia dan Lazada', 'Belanja di Shopee']);
    expect(texts(findMarketplaceNames(ocr, ['shopee']))).toEqual(['Tokopedia', 'Lazada']);
    expect(texts(findMarketplaceNames(ocr, ['tokopedia', 'tiktok']))).toEqual(['Shopee', 'Lazada']);
  });

  it('finds promo overlays', () => {
    expect(texts(findPromoWords(ocrFromLines(['PROMO DISKON 50%', 'GRATIS ONGKIR - BISA COD', 'Flash Sale 20% OFF'])))).toEqual([
      'PROMO',
      'DISKON 50%',
      'GRATIS ONGKIR',
      'COD',
      'Flash Sale',
      '20% OFF',
    ]);
    expect(findPromoWords(ocrFromLines(['Kopi Arabika Gayo', 'Netto 250 g', '100% asli']))).toEqual([]);
  });

  it('measures how much of the photo the words cover', () => {
    expect(textCoverage(ocrFromLines([]))).toBe(0);
    expect(textCoverage(ocrFromLines(['SATU DUA TIGA EMPAT']))).toBeGreaterThan(0.04);
  });

  it('finds the boxes of a phrase', () => {
    const ocr = ocrFromLines(['KERIPIK', 'Netto 250 g', 'P-IRT No. 2063271010876-27']);
    expect(boxesForText(ocr, '250 g')).toEqual([ocr.lines[1]!.words[1]!.box, ocr.lines[1]!.words[2]!.box]);
    expect(boxesForText(ocr, 'tidak ada')).toEqual([]);
  });
});

describe('label reading', () => {
  const label = 'KERIPIK SINGKONG BALADO\nNetto 250 g\nP-IRT No. 2063271010876-27\nHALAL MUI\nBaik digunakan sebelum: 12 2026';
  const facts = (listingText: string) => missingLabelFacts(label, findSpecifics(label), findSpecifics(listingText));

  it('lists what the label says and the listing does not', () => {
    const missing = facts('Keripik Singkong Balado Renyah\nKeripik singkong pedas manis.');
    expect(missing.map((f) => f.quote)).toEqual(['Netto 250 g', 'P-IRT 2063…', 'HALAL MUI', 'Baik digunakan sebelum: 12 2026']);
    expect(missing[0]!.forTitle).toBe('250 gr');
  });

  it('accepts the same weight written another way in the listing', () => {
    const missing = facts('Keripik Singkong Balado 0,25 kg\nP-IRT 2063271010876-27. Halal MUI. Tahan 6 bulan, exp: lihat kemasan.');
    expect(missing).toEqual([]);
  });

  it('reads the net weight after "Netto", not the serving size of a nutrition table', () => {
    const dense = 'Takaran saji 25 g\nLemak total 7 g\nNetto 250 g - P-IRT No. 2063271010876-27';
    const [net] = missingLabelFacts(dense, findSpecifics(dense), findSpecifics('Keripik'));
    expect(net!.quote).toBe('Netto 250 g');
  });

  it('says nothing about a photo without label facts', () => {
    const text = 'PROMO DISKON 50%';
    expect(missingLabelFacts(text, findSpecifics(text), findSpecifics('Keripik'))).toEqual([]);
  });
});
