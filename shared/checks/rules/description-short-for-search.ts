import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';
import { LONG_DESCRIPTION } from '../example-texts';

/** Counts words, stopping early once `enough` is reached when the text is long (the count is then only a floor). */
function countWords(text: string, enough: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) {
      words++;
      if (words >= enough && text.length >= 500) return words;
    }
    inWord = !space;
  }
  return words;
}

export const descriptionShortForSearch = registerCheck({
  id: 'description-short-for-search',
  area: 'deskripsi',
  severity: 'quality',
  profiles: ['tokopedia'],
  input: 'text',
  source: PROFILES.tokopedia.description.searchMinSource!,
  name: bi('Deskripsi kurang dari 500 karakter atau 30 kata', 'Description under 500 characters or 30 words'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', description: 'Kopi arabika dari Gayo. Sangrai medium. Berat 250 gr. Tahan 3 bulan.' } },
    passing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', description: `${LONG_DESCRIPTION}\n${LONG_DESCRIPTION}` } },
  },
  run({ listing, profile }) {
    const description = listing.description?.trim();
    const rule = PROFILES[profile].description;
    if (!description || !rule.searchMin || description.length < rule.min) return [];
    const words = countWords(description, rule.minWords ?? 0);
    if (description.length >= rule.searchMin && words >= (rule.minWords ?? 0)) return [];
    return [
      finding(this, {
        message: bi(
          `Deskripsi ${description.length} karakter (${words} kata), kurang dari 500 karakter.`,
          `The description has ${description.length} characters (${words} words), under 500 characters.`,
        ),
        why: bi(
          'Diagnosis produk Tokopedia menandai deskripsi di bawah 500 karakter, dan panduan TikTok Shop meminta minimal 30 kata. Deskripsi yang lengkap membantu produk muncul di pencarian.',
          "Tokopedia's product diagnosis flags descriptions under 500 characters, and TikTok Shop's guide asks for at least 30 words. A full description helps the product show up in search.",
        ),
        fix: bi(
          'Tambahkan 3–5 poin keunggulan (masing-masing satu baris), bahan, ukuran, cara pakai, dan isi paket.',
          'Add 3–5 selling points (one line each), material, size, how to use it, and what is in the box.',
        ),
      }),
    ];
  },
});
