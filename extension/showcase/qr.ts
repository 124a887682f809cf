import { create as createQrCode } from 'qrcode';
import type { ShowcaseFeed, ShowcaseItem } from '../../shared/feed/schema';
import { toCardData } from '../../shared/feed/card-data';

/**
 * QR codes for the printed table cards. The link is the one the widget's own button would open (same code:
 * shared/feed/card-data.ts), so a printed card and the widget never disagree. Encoding is the `qrcode` library's;
 * drawing is ours (one SVG path), so nothing is injected as markup.
 */
export type QrPreference = 'buy' | 'whatsapp';
export type QrKind = 'shopee' | 'tokopedia' | 'whatsapp' | 'website' | 'instagram';

export interface QrLink {
  kind: QrKind;
  href: string;
}

const BUY_ORDER: readonly QrKind[] = ['shopee', 'tokopedia', 'whatsapp', 'website', 'instagram'];
const WHATSAPP_ORDER: readonly QrKind[] = ['whatsapp', 'shopee', 'tokopedia', 'website', 'instagram'];

/** The link a card's QR opens: the buy link (Shopee, then Tokopedia) or WhatsApp, falling back to the other. */
export function qrLinkFor(item: ShowcaseItem, feed: Pick<ShowcaseFeed, 'title'>, prefer: QrPreference = 'buy'): QrLink | undefined {
  const card = toCardData(item, { version: 1, title: feed.title, items: [] }, { base: 'https://feed.invalid/', pageOrigin: 'https://feed.invalid' });
  for (const kind of prefer === 'whatsapp' ? WHATSAPP_ORDER : BUY_ORDER) {
    const href = card[kind];
    if (href) return { kind, href };
  }
  return undefined;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark(row: number, col: number): boolean;
}

/** Error correction M: survives a coffee ring or a fold on a table card (about 15% of the code). */
export function qrMatrix(text: string): QrMatrix {
  const code = createQrCode(text, { errorCorrectionLevel: 'M' });
  const { size } = code.modules;
  return { size, isDark: (row, col) => Boolean(code.modules.get(row, col)) };
}

/** Four modules of white around the code, as the standard asks, so phones find it on a busy card. */
export const QUIET_ZONE = 4;

/** One SVG path for all dark modules (runs along each row merged), in module units, quiet zone included. */
export function qrPath(matrix: QrMatrix, margin = QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
