import { describe, expect, it } from 'vitest';
import { normalizeWhatsAppNumber, orderMessage, whatsAppHref } from '../../../shared/feed/whatsapp';

describe('normalizeWhatsAppNumber', () => {
  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['0812 3456 7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['62812-3456-7890', '6281234567890'],
    ['(0812) 3456-7890', '6281234567890'],
    ['812 3456 7890', '6281234567890'],
    ['+60 12-345 6789', '60123456789'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeWhatsAppNumber(input)).toBe(expected);
  });

  it.each(['hubungi saya', '0812', '021-555-1234-5678-9999', 'javascript:alert(1)', '0812/3456/7890', '', '+', '0'])(
    'refuses %j',
    (input) => {
      expect(normalizeWhatsAppNumber(input)).toBeUndefined();
    },
  );
});

describe('whatsAppHref', () => {
  it('builds a wa.me link with the message encoded', () => {
    const href = whatsAppHref('0812-3456-7890', 'Halo, saya mau pesan Kopi & Gula (Rp25.000)?');
    expect(href).toBe(
      `https://wa.me/6281234567890?text=${encodeURIComponent('Halo, saya mau pesan Kopi & Gula (Rp25.000)?')}`,
    );
    expect(new URL(href!).searchParams.get('text')).toBe('Halo, saya mau pesan Kopi & Gula (Rp25.000)?');
  });

  it('gives nothing for a bad number', () => {
    expect(whatsAppHref('bukan nomor', 'Halo')).toBeUndefined();
  });
});

describe('orderMessage', () => {
  it('names the product, its price and the showcase, in Indonesian', () => {
    expect(orderMessage('Kopi Arabika Bukit Kuru 250 gr', 'Rp85.000', 'Kedai Kopi Kuru')).toBe(
      'Halo, saya mau pesan Kopi Arabika Bukit Kuru 250 gr (Rp85.000) yang saya lihat di etalase Kedai Kopi Kuru. Apakah masih tersedia?',
    );
    expect(orderMessage('Emping', undefined, undefined)).toBe('Halo, saya mau pesan Emping. Apakah masih tersedia?');
  });
});
