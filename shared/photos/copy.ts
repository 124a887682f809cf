import { bi, type BilingualText } from '../i18n/text';

/** "Foto sampul" for the first photo, "Foto 3" for the others: one word for one thing in every message. */
export function photoName(index: number): BilingualText {
  return index === 0 ? bi('Foto sampul', 'The cover photo') : bi(`Foto ${index + 1}`, `Photo ${index + 1}`);
}

/** Same, in the middle of a sentence: "foto sampul", "foto 3". */
export function photoNameLower(index: number): BilingualText {
  return index === 0 ? bi('foto sampul', 'the cover photo') : bi(`foto ${index + 1}`, `photo ${index + 1}`);
}

const idNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const enNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "12,3 MB" / "12.3 MB". */
export function formatBytes(bytes: number): BilingualText {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return bi(`${idNumber.format(mb)} MB`, `${enNumber.format(mb)} MB`);
  const kb = Math.max(1, Math.round(bytes / 1024));
  return bi(`${kb} KB`, `${kb} KB`);
}

/** "800 × 600 piksel": sellers read "ukuran foto (piksel)", never "resolusi". */
export function formatPixels(width: number, height: number): BilingualText {
  return bi(`${width} × ${height} piksel`, `${width} × ${height} pixels`);
}

/** "JPG", "PNG", "WEBP" from a MIME type. */
export function formatName(mime: string | undefined): string {
  if (!mime) return '?';
  const sub = mime.split('/')[1] ?? mime;
  return sub === 'jpeg' ? 'JPG' : sub.toUpperCase();
}
