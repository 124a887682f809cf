import { bi } from '../../i18n/text';
import { LONG_DESCRIPTION } from '../example-texts';
import { finding, registerCheck } from '../registry';
import { SOURCES } from '../sources';


/**
 * The longest run of ALL CAPS words on one line. Short words and acronyms ("DI", "AAC", "WAV") and words with digits
 * neither count nor break the run: a list of formats is not a shouted sentence.
 */
function longestCapsRun(text: string): number {
  let best = 0;
  let run = 0;
  let length = 0;
  let upper = 0;
  let digit = false;
  const endWord = () => {
    if (length >= 4 && !digit) {
      if (upper === length) best = Math.max(best, ++run);
      else run = 0;
    }
    length = upper = 0;
    digit = false;
  };
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code >= 65 && code <= 90) (length++, upper++);
    else if (code >= 97 && code <= 122) length++;
    else if (code >= 48 && code <= 57) (length++, (digit = true));
    else {
      endWord();
      if (code === 10) run = 0;
    }
  }
  return best;
}

/**
 * Letters, the share of capitals, and emoji, in one pass by char code (descriptions are long and this runs on every
 * one). Emoji: pictographs outside the basic plane (a surrogate pair) and the symbol blocks ☀–➿, ⬀–⯿ (★ ✅ ❤ ⭐).
 */
function countText(text: string): { letters: number; share: number; emoji: number } {
  let letters = 0;
  let upper = 0;
  let emoji = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) (letters++, upper++);
    else if (code >= 97 && code <= 122) letters++;
    else if (code >= 0xd83c && code <= 0xd83e) (emoji++, i++);
    else if ((code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff)) emoji++;
  }
  return { letters, share: letters ? upper / letters : 0, emoji };
}

export const descriptionShouting = registerCheck({
  id: 'description-shouting',
  area: 'deskripsi',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.descriptionStyle,
  name: bi('Deskripsi penuh emoji, "!!!", atau HURUF BESAR', 'Description full of emoji, "!!!" or ALL CAPS'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: '🔥🔥 KOPI TERENAK 🔥🔥 ✅ wangi ✅ murah ✅ asli 😍😍 💯💯 ORDER SEKARANG!!!' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: `SPESIFIKASI:\n${LONG_DESCRIPTION}` } },
  },
  run({ listing }) {
    const text = listing.description;
    if (!text || text.length < 40) return [];
    const { letters, share, emoji } = countText(text);
    const exclaims = text.includes('!!') && (/!{3,}/.test(text) || (text.match(/!!/g)?.length ?? 0) >= 3);
    const shouting = (letters >= 100 && share > 0.6) || longestCapsRun(text) >= 12;
    const tooManyEmoji = emoji >= 8 || (emoji >= 5 && emoji * 60 >= text.length);
    const what = [
      ...(tooManyEmoji ? [bi(`${emoji} emoji`, `${emoji} emoji`)] : []),
      ...(exclaims ? [bi('tanda seru berderet ("!!!")', 'rows of exclamation marks ("!!!")')] : []),
      ...(shouting ? [bi('kalimat HURUF BESAR', 'ALL CAPS sentences')] : []),
    ];
    if (what.length === 0) return [];
    return [
      finding(
        this,
        {
          message: bi(`Deskripsi memuat ${what.map((w) => w.id).join(', ')}.`, `The description has ${what.map((w) => w.en).join(', ')}.`),
          why: bi(
            'Di layar HP, deskripsi yang penuh emoji, tanda seru, dan huruf besar terasa berteriak dan sulit dibaca; pembeli melewatkan informasi pentingnya.',
            'On a phone, a description full of emoji, exclamation marks and capitals reads as shouting and is hard to read; buyers skip the important facts.',
          ),
          fix: bi(
            'Tulis dengan huruf biasa, satu hal per baris. Pakai tanda "-" untuk poin, cukup satu tanda seru bila perlu, dan hapus emoji hiasan.',
            'Write in normal case, one point per line. Use "-" for points, one exclamation mark at most, and remove decorative emoji.',
          ),
        },
        { outcome: 'buyers' },
      ),
    ];
  },
});
