import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { Listing, type ListingInput } from '../../../shared/listing/schema';
import { fillPlaceholders, placeholdersIn, suggestListing } from '../../../shared/suggest';
import { findingsOnFilled } from '../../../shared/suggest/verify';

function suggested(input: ListingInput, photoTexts?: string[]) {
  const listing = Listing.parse(input);
  const report = checkListing(listing);
  const s = suggestListing(listing, { report, ...(photoTexts ? { photoTexts } : {}) });
  const left = s?.title ? findingsOnFilled(listing, report.profile, 'title', s.title.id, ['judul']).map((f) => f.checkId) : [];
  return { s, title: s?.title?.id ?? null, left, report };
}

describe('suggested title ("Judul usulan")', () => {
  it('keeps the seller\'s 1KG and adds no weight of its own to "KOPI ROBUSTA 1KG"', () => {
    const { title, left } = suggested({ marketplace: 'tokopedia', title: 'KOPI ROBUSTA 1KG' });
    expect(title).toContain('1KG');
    expect(title).not.toMatch(/250|gr\b/);
    expect(title).toMatch(/^\S.*Kopi Robusta 1KG/);
    expect(left).toEqual([]);
  });

  it('makes "Kaos Katun Ukuran M–XL" long enough once filled, with placeholders instead of invented facts', () => {
    for (const marketplace of ['shopee', 'tokopedia'] as const) {
      const { title, left } = suggested({ marketplace, title: 'Kaos Katun Ukuran M–XL' });
      expect(title).toContain('Kaos Katun Ukuran M–XL');
      expect(placeholdersIn(title!).length).toBeGreaterThan(0);
      expect(fillPlaceholders(title!).length).toBeGreaterThanOrEqual(marketplace === 'tokopedia' ? 40 : 25);
      expect(left).toEqual([]);
    }
  });

  it('takes the repeats out of "Sambal Bawang Pedas Sambal Botol Sambal Enak Sambal Sambal"', () => {
    const { title } = suggested({ marketplace: 'shopee', title: 'Sambal Bawang Pedas Sambal Botol Sambal Enak Sambal Sambal' });
    expect(title).toBe('Sambal Bawang Pedas Botol Enak');
  });

  it('drops an empty bracket and writes a shouted title in normal case', () => {
    const { title, left } = suggested({ marketplace: 'shopee', title: '[ ] MASKER WAJAH ORGANIK' });
    expect(title).not.toContain('[ ]');
    expect(title).toMatch(/^Masker Wajah Organik/);
    expect(left).toEqual([]);
  });

  it('keeps acronyms, model codes and numbers exactly as written: OLED, 48C4PSA, 120HZ', () => {
    const original = 'LG OLED 48C4PSA - OLED EVO 4K SMART TV 48 INCH 120HZ DOLBY VISION ATMOS LG 48C4 OLED48C4 OLED48C4PSA';
    const { title } = suggested({ marketplace: 'tokopedia', title: original });
    for (const token of ['LG', 'OLED', '48C4PSA', '4K', 'TV', '48', '120HZ', 'OLED48C4PSA']) expect(title!.split(/\s+/)).toContain(token);
    expect(title).not.toMatch(/Oled/);
    expect(title).toContain('Smart TV');
  });

  it('never cuts a long title off with "…": it drops the least useful words and keeps the facts', () => {
    const original =
      'Keripik Tempe Renyah Khas Malang 250 gr Original Gurih Enak Cocok Untuk Camilan Keluarga Oleh Oleh Khas Jawa Timur Asli';
    const { title, left } = suggested({ marketplace: 'shopee', title: original });
    expect(title).not.toContain('…');
    expect(title!.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^Keripik Tempe Renyah Khas Malang 250 gr/);
    expect(left).toEqual([]);
  });

  it('takes out promo words, contacts, symbols and claims, and the words that only led into them', () => {
    expect(suggested({ marketplace: 'shopee', title: 'PROMO Keripik Tempe Malang 250 gr Termurah Bisa COD' }).title).toBe('Keripik Tempe Malang 250 gr');
    expect(suggested({ marketplace: 'shopee', title: 'Keripik Tempe Malang 250 gr WA 0812-3456-7890 ada di Tokopedia' }).title).toBe('Keripik Tempe Malang 250 gr');
    expect(suggested({ marketplace: 'tokopedia', title: '🔥 Keripik Tempe Malang 250 gr ★ Renyah #keripik' }).title).toMatch(/^Keripik Tempe Malang 250 gr Renyah/);
    const claim = suggested({ marketplace: 'tokopedia', title: 'Kapsul Herbal Daun Sirsak Menyembuhkan Diabetes dan Kolesterol 60 Kapsul' });
    expect(claim.title).not.toMatch(/menyembuhkan|diabetes|kolesterol/i);
    expect(claim.title).toContain('60 Kapsul');
    expect(claim.left).toEqual([]);
  });

  it('takes out the words that led into a contact wherever it stands, and exclamation marks', () => {
    const cases: Array<[string, RegExp]> = [
      ['KERIPIK PISANG MURAH!!! hub 081234567890', /^Keripik Pisang\b/],
      ['Sambal Roa Pedas call/wa 081234567890 !!', /Sambal Roa Pedas/],
      ['Keripik Pisang, hub: 081234567890', /^Keripik Pisang\b/],
      ['Kopi Gayo Info & order: 0812 3456 7890 Bubuk 250 gr', /Kopi Gayo Bubuk 250 gr/],
    ];
    for (const [title, kept] of cases) {
      const { title: out, left } = suggested({ marketplace: 'shopee', title });
      expect(out, title).toMatch(kept);
      expect(out, title).not.toMatch(/!|\b(?:hub|call|wa|info|order)\b|\d{6,}/i);
      expect(left, title).toEqual([]);
    }
  });

  it('puts the brand first, written as in the brand field', () => {
    const { title } = suggested({ marketplace: 'tokopedia', title: 'Kopi Arabika Bubuk 200 gr Kapal Api', brand: 'Kapal Api' });
    expect(title).toMatch(/^Kapal Api Kopi Arabika Bubuk 200 gr/);
  });

  it('adds the net weight read on the label ("Netto 250 g") and nothing else invented', () => {
    const listing = { marketplace: 'shopee' as const, title: 'Keripik Singkong Pedas Renyah Khas Bandung', description: 'Keripik singkong pedas, renyah dan gurih.' };
    expect(suggested(listing).title).toContain('[berat bersih]');
    const { title, s } = suggested(listing, ['KERIPIK SINGKONG\nNetto 250 g\nP-IRT No. 2063271010876-27']);
    expect(title).toBe('Keripik Singkong Pedas Renyah Khas Bandung 250 g');
    expect(s?.description?.id).toContain('P-IRT No. 2063271010876-27');
  });

  it('takes a fact the description states into the title rather than a placeholder', () => {
    const { title } = suggested({ marketplace: 'tokopedia', title: 'Keripik Pisang Lampung Manis', description: 'Keripik pisang manis.\nBerat bersih: 200 gr' });
    expect(title).toContain('200 gr');
    expect(title).not.toContain('[berat bersih]');
  });

  it('says the title is good and suggests nothing when no title finding fires', () => {
    const { s, report } = suggested({ marketplace: 'tokopedia', title: 'Keripik Tempe Renyah Khas Malang 250 gr Original', description: 'x'.repeat(10) });
    expect(report.findings.filter((f) => f.area === 'judul')).toEqual([]);
    expect(s?.title ?? null).toBeNull();
  });

  it('gives no coffee words to an HDMI cable: neither in its suggestion nor in any example', () => {
    const listing = Listing.parse({ marketplace: 'tokopedia', title: 'Kabel HDMI', description: 'Kabel bagus' });
    const report = checkListing(listing);
    const s = suggestListing(listing, { report });
    const texts = [s?.title?.id, s?.description?.id, ...report.findings.map((f) => f.example?.id)].join('\n');
    expect(texts).not.toMatch(/kopi|gayo|arabika|250 gr|P-IRT No\. \d/i);
    expect(s?.title?.id).toMatch(/Kabel HDMI/);
  });
});
