import type { BilingualText } from '../i18n/text';

/**
 * A local twin of i18n's `bi()`. Importing values from i18n/text.ts would pull classic zod into the content
 * script (its top-level schemas cannot be tree-shaken), and the content script has a 25 KB gzip budget.
 */
export function bi(id: string, en: string): BilingualText {
  return { id, en };
}

/** "judul produk, deskripsi dan harga" / "product title, description and price". */
export function listBoth(items: BilingualText[]): BilingualText {
  return bi(joinWords(items.map((i) => i.id), 'dan'), joinWords(items.map((i) => i.en), 'and'));
}

function joinWords(words: string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}
