import type { BilingualText } from '../../../shared/i18n/text';
import { normalizeWhatsAppNumber } from '../../../shared/feed/whatsapp';
import type { WhatsApp } from '../../../shared/feed/schema';
import { SHOWCASE_COPY } from '../copy';

/**
 * The WhatsApp part of an item from what the curator typed: both empty → none; a number the feed would refuse →
 * a field error. Shared by the panel's "Tambah ke etalase" and the item editor on "Etalase saya".
 */
export function whatsAppFrom(number: string, message: string): { value?: WhatsApp; error?: { field: 'waNumber' | 'waMessage'; text: BilingualText } } {
  const n = number.trim();
  const m = message.trim();
  if (!n) return m ? { error: { field: 'waNumber', text: SHOWCASE_COPY.required } } : {};
  if (!normalizeWhatsAppNumber(n) || n.length > 40) return { error: { field: 'waNumber', text: SHOWCASE_COPY.badNumber } };
  if (m.length > 500) return { error: { field: 'waMessage', text: SHOWCASE_COPY.tooLong(500) } };
  return { value: m ? { number: n, message: m } : { number: n } };
}

/** Trimmed text within `max`, or a field error. Empty gives undefined (the field is left out of the item). */
export function optionalText(text: string, max: number): { value?: string; error?: BilingualText } {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return {};
  return t.length > max ? { error: SHOWCASE_COPY.tooLong(max) } : { value: t };
}

/** Like optionalText, but keeps line breaks (blurbs may have two sentences on two lines). */
export function optionalParagraph(text: string, max: number): { value?: string; error?: BilingualText } {
  const t = text.trim();
  if (!t) return {};
  return t.length > max ? { error: SHOWCASE_COPY.tooLong(max) } : { value: t };
}
