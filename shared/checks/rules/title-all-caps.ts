import { bi } from '../../i18n/text';
import { SOURCES, shopeeAsReference } from '../sources';
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
  input: 'text',
  source: SOURCES.shopeeNamingGuide,
  name: bi('Judul HURUF BESAR semua', 'ALL CAPS title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'KERIPIK PISANG COKELAT LAMPUNG 250 GR RENYAH' } },
    passing: { profile: 'shopee', listing: { title: 'Keripik Pisang Cokelat Lampung 250 gr Renyah' } },
  },
  run({ listing, profile, facts }) {
    // Brands ("ABC"), acronyms of up to 3 letters ("HG", "TV", "LED") and model codes with digits ("QA65S90C") may be
    // in capitals: leave them out of the count.
    const withoutBrand = listing.brand ? facts.title.replaceAll(listing.brand, ' ') : facts.title;
    const words = withoutBrand.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3 && !/\d/.test(w));
    // Most words in capitals: "Gundam … HGUC … BANDAI" is a title with a few acronyms, not a shouted one.
    const shouted = words.filter((w) => {
      const { letters, upper } = countCase(w);
      return letters > 0 && upper === letters;
    }).length;
    // A title with no small letters at all ("KIPAS MINI FAN USB") shouts however short its words are.
    const { letters, upper } = countCase(withoutBrand);
    const allCapitals = letters >= 8 && upper === letters;
    if (!allCapitals && (words.length < 3 || shouted / words.length <= 0.5)) return [];
    const fixed = quote(titleCase(facts.title), 80);
    return [
      finding(
        this,
        {
        message: bi('Judul ditulis dengan HURUF BESAR semua.', 'The title is written in ALL CAPS.'),
        why: bi(
          'Judul dengan huruf besar semua terasa berteriak dan sulit dibaca; panduan penamaan Shopee melarangnya (kecuali merek).',
          "An all-caps title reads as shouting and is hard to read; Shopee's naming guideline forbids it (brands excepted).",
        ),
        fix: bi('Tulis huruf besar hanya di awal setiap kata.', 'Capitalise only the first letter of each word.'),
        example: bi(fixed, fixed),
        },
        // Neither Tokopedia nor TikTok Shop publishes a rule on capitals: Shopee's guideline, said to be a reference.
        { source: profile === 'tokopedia' ? shopeeAsReference(SOURCES.shopeeNamingGuide) : SOURCES.shopeeNamingGuide, outcome: 'buyers' },
      ),
    ];
  },
});
