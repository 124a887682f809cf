import { describe, expect, it } from 'vitest';
import { allAnswered, fillIn, segments } from '../../../shared/suggest/fill';

describe('filling a suggestion\'s placeholders', () => {
  const title = '[merek] Kopi Robusta 1KG [rasa atau varian] [asal daerah]';
  const description = [
    'Kopi Robusta 1KG. [apa produknya dan untuk apa]',
    '',
    'Keunggulan:',
    '- [keunggulan 1]',
    '',
    'Spesifikasi:',
    '- Berat bersih: 1KG',
    '- Masa simpan: [berapa lama] dalam kemasan tertutup',
    '- Izin edar: P-IRT No. [nomor P-IRT]',
    '',
    'Cara menyimpan: [cara menyimpan]',
    'Isi paket: [jumlah] × Kopi Robusta 1KG',
  ].join('\n');

  it('leaves what is not answered, in order and once each', () => {
    const filled = fillIn(title, { brand: { value: 'Kopi Kita' } }, 'title');
    expect(filled.text).toBe('Kopi Kita Kopi Robusta 1KG [rasa atau varian] [asal daerah]');
    expect(filled.left).toEqual(['[rasa atau varian]', '[asal daerah]']);
    expect(allAnswered(title, { brand: { value: 'x' } })).toBe(false);
  });

  it('removes a placeholder the seller says does not apply, with what only led into it', () => {
    const filled = fillIn(title, { brand: { removed: true }, flavour: { value: 'Dark Roast' }, origin: { removed: true } }, 'title');
    expect(filled).toEqual({ text: 'Kopi Robusta 1KG Dark Roast', left: [] });
    const d = fillIn(
      description,
      {
        whatItIs: { value: 'Kopi robusta dari Temanggung.' },
        sellingPoint1: { removed: true },
        shelfLife: { removed: true },
        pirt: { value: '2063273010123-25' },
        howToStore: { removed: true },
        count: { removed: true },
      },
      'description',
    );
    expect(d.left).toEqual([]);
    expect(d.text).toBe(
      ['Kopi Robusta 1KG. Kopi robusta dari Temanggung.', '', 'Spesifikasi:', '- Berat bersih: 1KG', '- Izin edar: P-IRT No. 2063273010123-25', '', 'Isi paket: Kopi Robusta 1KG'].join('\n'),
    );
  });

  it('one answer fills the same placeholder in either language', () => {
    expect(fillIn('[brand] Kopi', { brand: { value: 'Kita' } }, 'title').text).toBe('Kita Kopi');
  });

  it('splits the text so the placeholders can be highlighted; the seller\'s own brackets are text', () => {
    expect(segments('Redmi [8GB+128GB] [warna]')).toEqual([
      { text: 'Redmi [8GB+128GB] ', placeholder: false },
      { text: '[warna]', placeholder: true },
    ]);
  });
});
