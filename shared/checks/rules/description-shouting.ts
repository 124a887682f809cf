import { bi } from '../../i18n/text';
import { LONG_DESCRIPTION } from '../example-texts';
import { finding, registerCheck } from '../registry';
import { SOURCES } from '../sources';

const EMOJI = /\p{Extended_Pictographic}/gu;
const NOT_EMOJI = /[©®™]/;

/**
 * The longest run of ALL CAPS words on one line. Short words and acronyms ("DI", "AAC", "WAV") and words with digits
 * neither count nor break the run: a list of formats is not a shouted sentence.
 */
function longestCapsRun(text: string): number {
  let best = 0;
  for (const line of text.split('\n')) {
    let run = 0;
    for (const word of line.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 4 || /\d/.test(word)) continue;
      if (word === word.toUpperCase() && word !== word.toLowerCase()) best = Math.max(best, ++run);
      else run = 0;
    }
  }
  return best;
}

function capsShare(text: string): { letters: number; share: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    letters++;
    if (ch === ch.toUpperCase()) upper++;
  }
  return { letters, share: letters ? upper / letters : 0 };
}

export const descriptionShouting = registerCheck({
  id: 'description-shouting',
  area: 'deskripsi',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.descriptionStyle,
  name: bi('Deskripsi penuh emoji, "!!!", atau HURUF BESAR', 'Description full of emoji, "!!!" or ALL CAPS'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: '🔥🔥 KOPI TERENAK 🔥🔥 ✅ wangi ✅ murah ✅ asli 😍😍 💯💯 ORDER SEKARANG!!!' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: `SPESIFIKASI:\n${LONG_DESCRIPTION}` } },
  },
  run({ listing }) {
    const text = listing.description;
    if (!text || text.length < 40) return [];
    const emoji = [...text.matchAll(EMOJI)].filter((m) => !NOT_EMOJI.test(m[0])).length;
    const exclaims = /!{3,}/.test(text) || (text.match(/!!/g)?.length ?? 0) >= 3;
    const { letters, share } = capsShare(text);
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
