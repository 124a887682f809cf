import type { BilingualText } from '../i18n/text';
import type { Badge } from './schema';

/** What a badge says on a card: the widget's cards, the extension's showcase editor and printed cards. */
export const BADGE_NAMES: Record<Badge, BilingualText> = {
  halal: { id: 'Halal', en: 'Halal' },
  pirt: { id: 'P-IRT', en: 'P-IRT' },
  bpom: { id: 'BPOM', en: 'BPOM' },
  lokal: { id: 'Buatan lokal', en: 'Locally made' },
  organik: { id: 'Organik', en: 'Organic' },
  sni: { id: 'SNI', en: 'SNI' },
};
