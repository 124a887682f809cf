import { describe, expect, it } from 'vitest';
import { validateListing } from '../../../shared/listing/validate';

describe('validateListing names the field in both languages, never a raw zod dump', () => {
  it.each([
    [{ description: 'x' }, 'Kolom judul produk wajib diisi.', 'The product title field is required.'],
    [{ title: 'Kopi', price: 'murah' }, 'Kolom harga harus berupa angka.', 'The price field must be a number.'],
    [{ title: 'Kopi', price: -100 }, 'Kolom harga tidak boleh negatif atau pecahan.', "The price field can't be negative or a fraction."],
    [{ title: 'Kopi', marketplace: 'amazon' }, 'Isi kolom marketplace tidak dikenal.', "The marketplace field has a value Rapi doesn't know."],
    [{ title: 'Kopi', photos: [{ width: 'besar' }] }, 'Kolom foto produk (0.width) harus berupa angka.', 'The product photos (0.width) field must be a number.'],
  ])('%j', (input, id, en) => {
    const result = validateListing(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ id, en });
    expect(JSON.stringify(result.errors)).not.toMatch(/invalid_type|expected|received/);
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
