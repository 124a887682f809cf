import type { Lang } from '../i18n/text';
import type { Listing } from '../listing/schema';

/** Dates day month year in both languages: "14 Mei 2026, 09.30" / "14 May 2026, 09:30". */
export function formatDateTime(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);
}

/** The time of day only: "09.30" / "09:30" (the start of an editing session shown beside its end). */
export function formatTime(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(time);
}

/** "2 menit lalu" / "2 minutes ago"; a full date after a week. */
export function formatAgo(time: number, lang: Lang, now: number = Date.now()): string {
  const seconds = Math.round((now - time) / 1000);
  if (seconds < 45) return lang === 'id' ? 'baru saja' : 'just now';
  const rtf = new Intl.RelativeTimeFormat(lang === 'id' ? 'id-ID' : 'en', { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return rtf.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 7) return rtf.format(-days, 'day');
  return formatDateTime(time, lang);
}

const rupiah = new Intl.NumberFormat('id-ID');

/** One field of a listing as text for the compare view ('' when not set). */
export function fieldValue(listing: Listing | undefined, field: CompareField): string {
  if (!listing) return '';
  switch (field) {
    case 'title':
      return listing.title;
    case 'description':
      return listing.description ?? '';
    case 'price':
      return listing.price === undefined ? '' : `Rp${rupiah.format(listing.price)}`;
    case 'categoryPath':
      return listing.categoryPath?.join(' > ') ?? '';
    case 'brand':
      return listing.brand ?? '';
    case 'weightGrams':
      return listing.weightGrams === undefined ? '' : listing.weightGrams >= 1000 ? `${String(listing.weightGrams / 1000).replace('.', ',')} kg` : `${listing.weightGrams} gr`;
    case 'stock':
      return listing.stock === undefined ? '' : String(listing.stock);
    case 'photos': {
      const n = listing.photos?.length ?? listing.photoCount;
      return n === undefined ? '' : String(n);
    }
  }
}

export const COMPARE_FIELDS = ['title', 'description', 'price', 'categoryPath', 'brand', 'weightGrams', 'stock', 'photos'] as const;
export type CompareField = (typeof COMPARE_FIELDS)[number];
