import { QUIET_ZONE, qrMatrix, qrPath } from '../../../shared/embed/qr';

/**
 * A QR code as one SVG path, sized by CSS (in mm on the printed card). The text is only encoded, never inserted
 * as markup; `data-href` lets tests compare what the code holds with what a phone decodes.
 */
export function QrCode({ href, label }: { href: string; label: string }) {
  const matrix = qrMatrix(href);
  const side = matrix.size + 2 * QUIET_ZONE;
  return (
    <svg class="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} data-href={href} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
