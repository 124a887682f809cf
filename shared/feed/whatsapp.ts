/**
 * WhatsApp order links. Sellers write their numbers many ways ("0812-3456-7890", "+62 812 3456 7890",
 * "62812…"); wa.me wants only digits with the country code and no leading zero.
 */

/** Digits with country code (Indonesian numbers get 62), or undefined when it cannot be a phone number. */
export function normalizeWhatsAppNumber(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const raw = String(value).trim();
  // Only digits and the separators people type; anything else (letters, slashes, "javascript:") is refused.
  if (!/^\+?[\d\s().-]+$/.test(raw)) return undefined;
  let digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+')) {
    // An explicit country code: keep it as written.
  } else if (digits.startsWith('0')) {
    digits = `62${digits.slice(1)}`;
  } else if (digits.startsWith('8')) {
    digits = `62${digits}`;
  }
  if (digits.startsWith('62')) {
    // Indonesian mobile numbers: 62 8xx, 9 to 12 digits after the 62.
    return /^628\d{8,11}$/.test(digits) ? digits : undefined;
  }
  return /^[1-9]\d{7,14}$/.test(digits) ? digits : undefined;
}

/** https://wa.me/<number>?text=<message>, or undefined when the number is not valid. */
export function whatsAppHref(number: unknown, message: string): string | undefined {
  const digits = normalizeWhatsAppNumber(number);
  if (!digits) return undefined;
  const text = message.trim();
  return `https://wa.me/${digits}${text ? `?text=${encodeURIComponent(text)}` : ''}`;
}

/**
 * The message a buyer sends, always in Indonesian: the seller reads it. It names the product so the seller
 * knows at once what is wanted, and says where the buyer found it. For a product the showcase marks as out of
 * stock, the buyer asks when it is back instead.
 */
export function orderMessage(product: string, price: string | undefined, showcase: string | undefined, soldOut = false): string {
  const what = price ? `${product} (${price})` : product;
  const where = showcase ? ` yang saya lihat di etalase ${showcase}` : '';
  return `Halo, saya mau pesan ${what}${where}. ${soldOut ? 'Di etalase tertulis stok habis: kapan tersedia lagi?' : 'Apakah masih tersedia?'}`;
}
