import { create as createQrCode } from 'qrcode';

/**
 * QR codes for printed table cards and the standalone page's "Pindai untuk beli". Encoding is the `qrcode`
 * library's; drawing is ours (one SVG path), so nothing is injected as markup. Which link a code opens is
 * qr-link.ts's job.
 */
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
