import { describe, expect, it } from 'vitest';
import { formatDate, formatRupiah } from '../../../shared/feed/format';

describe('formatRupiah', () => {
  it.each([
    [25000, 'Rp25.000'],
    [0, 'Rp0'],
    [999, 'Rp999'],
    [1000, 'Rp1.000'],
    [1250000, 'Rp1.250.000'],
    [650000, 'Rp650.000'],
    [1_000_000_000, 'Rp1.000.000.000'],
    [24999.6, 'Rp25.000'],
  ])('%d → %s (dot groups thousands, no space)', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('writes day month year in both languages', () => {
    expect(formatDate('2026-11-20T09:00:00+07:00', 'id')).toBe('20 Nov 2026');
    expect(formatDate('2026-11-20T09:00:00+07:00', 'en')).toBe('20 Nov 2026');
    expect(formatDate('2026-08-17T12:00:00+07:00', 'id')).toBe('17 Agu 2026');
    expect(formatDate('2026-08-17T12:00:00+07:00', 'en')).toBe('17 Aug 2026');
    expect(formatDate('2026-05-01T12:00:00+07:00', 'id')).toBe('1 Mei 2026');
  });

  it('returns undefined for an unreadable date instead of "Invalid Date"', () => {
    expect(formatDate('kemarin', 'id')).toBeUndefined();
  });
});
