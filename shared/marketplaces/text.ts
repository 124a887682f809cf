import { bi, type BilingualText } from '../i18n/text';

export { bi };

/** "judul produk, deskripsi dan harga" / "product title, description and price". */
export function listBoth(items: BilingualText[]): BilingualText {
  return bi(joinWords(items.map((i) => i.id), 'dan'), joinWords(items.map((i) => i.en), 'and'));
}

function joinWords(words: string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}
