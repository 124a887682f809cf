import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { quote, titleCase } from '../wording';

/** Letters and upper-case letters in one pass; ASCII by char code, other scripts by whether their case can change. */
function countCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code > 127) {
      const ch = text[i]!;
      const up = ch.toUpperCase();
      if (ch.toLowerCase() === up) continue;
      letters++;
      if (ch === up) upper++;
    }
  }
  return { letters, upper };
}

export const titleAllCaps = registerCheck({
  id: 'title-all-caps',
  area: 'judul',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.shopeeNamingGuide,
  name: bi('Judul HURUF BESAR semua', 'ALL CAPS title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'KERIPIK PISANG COKELAT LAMPUNG 250 GR RENYAH' } },
    passing: { profile: 'shopee', listing: { title: 'Keripik Pisang Cokelat Lampung 250 gr Renyah' } },
  },
  run({ listing, facts }) {
    // Brand names may be upper case (e.g. "ABC"): leave the brand's letters out of the count.
    const withoutBrand = listing.brand ? facts.title.replaceAll(listing.brand, '') : facts.title;
    const { letters, upper } = countCase(withoutBrand);
    if (letters < 8 || upper / letters <= 0.5) return [];
    const fixed = quote(titleCase(facts.title), 80);
    return [
      finding(this, {
        message: bi('Judul ditulis dengan HURUF BESAR semua.', 'The title is written in ALL CAPS.'),
        why: bi(
          'Panduan penamaan Shopee melarang huruf besar semua (kecuali merek). Judul seperti ini juga terasa berteriak dan sulit dibaca.',
          "Shopee's naming guideline forbids all caps (brands excepted). Such titles also read as shouting and are hard to read.",
        ),
        fix: bi('Tulis huruf besar hanya di awal setiap kata.', 'Capitalise only the first letter of each word.'),
        example: bi(fixed, fixed),
      }),
    ];
  },
});
