import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { ShowcaseItem } from '../../../shared/feed/schema';
import { QUIET_ZONE, qrMatrix, qrPath } from '../../../shared/embed/qr';
import { qrLinkFor } from '../../../shared/embed/qr-link';

/** Paints the SVG path qrPath writes ("M x y h n v1 h -n z" per run) into RGBA pixels, `scale` pixels a module. */
function rasterize(path: string, modules: number, scale = 4) {
  const side = modules * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
        const i = (py * side + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, side };
}

function decode(text: string): string | undefined {
  const matrix = qrMatrix(text);
  const { data, side } = rasterize(qrPath(matrix), matrix.size + 2 * QUIET_ZONE);
  return jsQR(data, side, side)?.data;
}

const item = (links: ShowcaseItem['links']): ShowcaseItem => ({ id: 'kopi', name: 'Kopi Gayo 250 gr', price: { idr: 45000 }, links });

describe('QR codes on the table cards', () => {
  it('decode to exactly the link they were made from, long WhatsApp messages included', () => {
    const shopee = 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123';
    expect(decode(shopee)).toBe(shopee);
    const wa = qrLinkFor(item({ whatsapp: { number: '0812-3456-7890' } }), { title: 'Kedai Kopi Kuru' })!;
    expect(wa.href).toBe(
      `https://wa.me/6281234567890?text=${encodeURIComponent('Halo, saya mau pesan Kopi Gayo 250 gr (Rp45.000) yang saya lihat di etalase Kedai Kopi Kuru. Apakah masih tersedia?')}`,
    );
    expect(decode(wa.href)).toBe(wa.href);
  });

  it('draws only dark modules, inside the quiet zone', () => {
    const matrix = qrMatrix('https://www.tokopedia.com/arenlestari/gula-aren');
    const path = qrPath(matrix);
    let dark = 0;
    for (let r = 0; r < matrix.size; r++) for (let c = 0; c < matrix.size; c++) if (matrix.isDark(r, c)) dark++;
    const drawn = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].reduce((sum, [, x, y, w]) => {
      expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(matrix.size + QUIET_ZONE);
      return sum + Number(w);
    }, 0);
    expect(drawn).toBe(dark);
  });

  it('points at the buy link first, or WhatsApp when the curator prefers it, with fallbacks either way', () => {
    const both = item({ shopee: 'https://shopee.co.id/a-i.1.2', tokopedia: 'https://www.tokopedia.com/t/p', whatsapp: { number: '081234567890' } });
    expect(qrLinkFor(both, { title: 'K' })).toEqual({ kind: 'shopee', href: 'https://shopee.co.id/a-i.1.2' });
    expect(qrLinkFor(both, { title: 'K' }, 'whatsapp')?.kind).toBe('whatsapp');
    expect(qrLinkFor(item({ tokopedia: 'https://www.tokopedia.com/t/p' }), { title: 'K' }, 'whatsapp')).toEqual({ kind: 'tokopedia', href: 'https://www.tokopedia.com/t/p' });
    expect(qrLinkFor(item({ whatsapp: { number: '081234567890', message: 'Pesan 2' } }), { title: 'K' })?.href).toBe('https://wa.me/6281234567890?text=Pesan%202');
    expect(qrLinkFor(item({ website: 'https://kopi.id/' }), { title: 'K' })).toEqual({ kind: 'website', href: 'https://kopi.id/' });
    expect(qrLinkFor(item({}), { title: 'K' })).toBeUndefined();
    // A link the widget would refuse is not printed either.
    expect(qrLinkFor(item({ shopee: 'https://evil.example/shopee.co.id' }), { title: 'K' })).toBeUndefined();
  });
});
