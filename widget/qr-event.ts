/**
 * The widget's "Pindai untuk beli" button (attribute `qr`) fires this event, bubbling out of the shadow root.
 * The standalone page's script (widget/page/) answers it with a QR code; any page may listen for it too.
 */
import type { LinkKind } from '../shared/feed/links';

export const QR_EVENT = 'rapi-etalase-qr';

export interface QrRequest {
  /** The item's id in the feed. */
  id: string;
  name: string;
  /** The card's primary link: what its buy button opens. */
  href: string;
  kind: LinkKind;
}
