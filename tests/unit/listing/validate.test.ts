import { describe, expect, it } from 'vitest';
import { validateListing } from '../../../shared/listing/validate';

describe('validateListing names the field in both languages, never a raw zod dump', () => {
  it.each([
    [{ description: 'x' }, 'Kolom judul produk wajib diisi.', 'The product title field is required.'],
    [{ title: 'Kopi', price: 'murah' }, 'Kolom harga harus berupa angka.', 'The price field must be a number.'],
    [{ title: 'Kopi', price: -100 }, 'Kolom harga tidak boleh negatif atau pecahan.', "The price field can't be negative or a fraction."],
    [{ title: 'Kopi', marketplace: 'amazon' }, 'Isi kolom marketplace tidak dikenal.', "The marketplace field has a value Rapi doesn't know."],
    [{ title: 'Kopi', photos: [{ width: 'besar' }] }, 'Kolom foto produk (ke-1, width) harus berupa angka.', 'The product photos (no. 1, width) field must be a number.'],
    [{ title: 'Kopi', photos: 'a.jpg' }, 'Kolom foto produk harus berupa daftar, misalnya ["a", "b"].', 'The product photos field must be a list, e.g. ["a", "b"].'],
    [{ title: 'Kopi', attributes: 'merah' }, 'Kolom spesifikasi harus berupa kumpulan isian bernama, misalnya {"warna": "merah"}.', 'The specifics field must be a set of named fields, e.g. {"colour": "red"}.'],
    [{ title: 'Kopi', hasSizeChart: 'ya' }, 'Kolom tabel ukuran harus berupa ya atau tidak (true/false).', 'The size chart field must be yes or no (true/false).'],
    [{ title: 'Kopi', dimensionsCm: [] }, 'Kolom ukuran paket (cm) harus berupa kumpulan isian bernama, misalnya {"warna": "merah"}.', 'The package size (cm) field must be a set of named fields, e.g. {"colour": "red"}.'],
    [{ title: 'Kopi', constructor: 5, toString: 'x' }, undefined, undefined],
  ])('%j', (input, id, en) => {
    const result = validateListing(input);
    if (id === undefined) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ id, en });
    // zod's own vocabulary never reaches a seller.
    expect(JSON.stringify(result.errors)).not.toMatch(/invalid_type|expected|received|must be (array|record|object)|harus berupa (array|record|object)/);
  });

  it('refuses a listing nested thousands deep without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5_000; i++) deep = { a: deep };
    const result = validateListing({ title: 'Kopi', attributes: deep });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ en: expect.stringContaining('nested far too deep') })] });
  });

  it('says each problem once, however many bad entries a record holds', () => {
    const result = validateListing({ title: 'Kopi', photos: Array.from({ length: 5_000 }, () => ({ width: 'besar' })) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeLessThanOrEqual(10);
  });

  it.each([null, 'kopi', 42, [1, 2]])('rejects %j plainly', (input) => {
    const result = validateListing(input);
    expect(result.ok).toBe(false);
  });

  it('accepts a minimal listing and fills the marketplace default', () => {
    const result = validateListing({ title: 'Kopi Gayo' });
    expect(result).toEqual({ ok: true, listing: { title: 'Kopi Gayo', marketplace: 'other' } });
  });
});
