import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { factLines } from '../../../shared/checks/facts-text';
import type { ListingInput } from '../../../shared/listing/schema';

const factsOf = (listing: ListingInput) => checkListing(listing).facts;

describe('the facts Rapi read, each with the seller\'s words', () => {
  it('reads a food label: net weight from the title, shelf life in days, permits with their numbers', () => {
    const facts = factsOf({
      title: 'Keripik Tempe Renyah Khas Malang 250 gr',
      description: 'Tahan 2 bulan. Halal MUI ID35110002345670822. P-IRT No. 2063273010123-25. BPOM RI MD 224528001469.',
    });
    expect(facts.netGrams).toEqual({ value: 250, text: '250 gr' });
    expect(facts.shelfLife).toEqual({ text: 'Tahan 2 bulan', days: 60 });
    expect(facts.permits).toEqual([
      { kind: 'halal', number: 'ID35110002345670822', text: expect.stringMatching(/^Halal MUI/) },
      { kind: 'pirt', number: '2063273010123-25', text: 'P-IRT No. 2063273010123-25' },
      { kind: 'bpom', number: 'MD 224528001469', text: 'BPOM RI MD 224528001469' },
    ]);
  });

  it('reads electronics figures, sizes in cm, and clothing sizes and fabrics', () => {
    expect(factsOf({ title: 'Samsung QA65S90C OLED TV 65 INCH' }).lengthsCm).toEqual([{ value: 165.1, text: '65 INCH' }]);
    expect(factsOf({ title: 'Powerbank 10000 mAh 22.5W' }).quantities.map((q) => `${q.value} ${q.unit}`)).toEqual(['10000 mAh', '22.5 W']);
    const shirt = factsOf({ title: 'Tunik Ceruty Babydoll Lengan Panjang - M', description: 'Furing katun jepang. Ukuran M L XL.' });
    expect(shirt.sizes.map((s) => s.value)).toEqual(expect.arrayContaining(['M', 'L', 'XL']));
    expect(shirt.materials.map((m) => m.value)).toEqual(['ceruty', 'katun jepang']);
  });

  it('leaves out what is not there: no invented weight for a 5G phone, no material for batik tulis', () => {
    expect(factsOf({ title: 'Samsung Galaxy A35 5G 8/256GB' }).netGrams).toBeUndefined();
    expect(factsOf({ title: 'Kain Batik Tulis Madura 2 Meter' }).materials).toEqual([]);
  });

  it('says the same facts as lines for "Yang dibaca Rapi"', () => {
    const lines = factLines(factsOf({ title: 'Minyak Kelapa VCO 1 Liter', description: 'Tahan 1 tahun. Halal.' }));
    expect(lines.map((l) => [l.label.id, l.value.id])).toEqual([
      ['Isi', '1 L'],
      ['Masa simpan', '1 tahun (365 hari)'],
      ['Izin dan sertifikat', 'Halal'],
    ]);
    expect(lines[0]!.words).toEqual(['1 Liter']);
  });
});
