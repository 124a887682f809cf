import { bi } from '../../i18n/text';

/** Words of the listing's editable fields, the same in the side panel and on the phone. */
export const LISTING_COPY = {
  marketplace: bi('Marketplace', 'Marketplace'),
  otherShop: bi('Toko lain', 'Other shop'),
  titleCount: (n: number, max: number) => bi(`${n}/${max} karakter`, `${n}/${max} characters`),
  titleRange: (min: number, max: number, market: string) =>
    bi(`${market}: ${min} sampai ${max} karakter`, `${market}: ${min} to ${max} characters`),
  titleTooShort: (missing: number) => bi(`Kurang ${missing} karakter`, `${missing} characters short`),
  titleTooLong: (extra: number) => bi(`Kelebihan ${extra} karakter`, `${extra} characters too many`),
  titleFits: bi('Panjang judul pas', 'Title length fits'),
  placeholders: {
    price: bi('contoh: Rp25.000', 'e.g. Rp25.000'),
    weightGrams: bi('contoh: 250 gr', 'e.g. 250 gr'),
    categoryPath: bi('contoh: Makanan & Minuman > Kopi', 'e.g. Makanan & Minuman > Kopi'),
    stock: bi('contoh: 20', 'e.g. 20'),
  },
} as const;
