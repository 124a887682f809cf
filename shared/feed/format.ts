import type { Lang } from '../i18n/text';

// One formatter each, built once: creating Intl formatters is slow and the widget formats thousands of prices.
const groupedIdr = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** Rp25.000: the dot groups thousands and there is no space, in both languages. */
export function formatRupiah(amount: number): string {
  return `Rp${groupedIdr.format(Math.round(amount))}`;
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
};

/** "25 Nov 2026" (day month year in both languages), or undefined for an unreadable date. */
export function formatDate(value: string | number | Date, lang: Lang): string | undefined {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  // id-ID writes "25 Nov 2026"; some engines add a dot after the month ("Nov."): drop it.
  return dateFormats[lang].format(date).replace('.', '');
}
