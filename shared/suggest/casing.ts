import { titleShouts } from '../checks/shouting';
import { KNOWN_BRANDS } from './brands';
import { tokenize } from './tokens';

/** Acronyms of four letters or more that stay in capitals: "OLED" never becomes "Oled". */
const ACRONYMS = new Set(
  `OLED QLED AMOLED MINILED HDMI NVME PCIE USB LCD LED UHD FHD HDR HDR10 NFC WIFI SSD HDD DDR RAM ROM TWS ANC LDAC AUX ATMOS
  BPOM PIRT SPP-IRT MUI SNI NKV VCO SPF UMKM COD ASUS HGUC HGBD HGCE SDCS RGB RGBW IPX IPS GPS LTE VOLTE SODIMM CCTV`.split(/\s+/),
);

/** Short words that are plain words, not acronyms, when a shouted title is written in normal case. */
const SMALL_WORDS = new Set('dan di ke dari by for and the of with isi new ala mix set tas box dus top hot buat per atau yg utk pro max big fit one kit cat lem air oil ori'.split(' '));

/** Letters a word can start with in Indonesian or English; "HG", "SD", "LD" cannot, so "HGUC", "SDCS", "LDAC" are codes. */
const ONSET = /^(?:[aeiouy]|[^aeiouy](?:[aeiouy]|[lr](?=[aeiouy])|h|y|w)|s[ckmnptw]|str|spr|scr|ng|ny|ps|kh|sy)/i;

/** The kinds of seller's tokens that must stay exactly as written (docs/suggestions.md#the-sellers-words). */
export type SellerTokenKind = 'number' | 'model-code' | 'acronym' | 'mixed-case' | 'brand';

/**
 * What a word is, for keeping it as written: numbers ("250", "6.67"), model codes with digits ("48C4PSA", "4K",
 * "1KG"), acronyms ("TV", "OLED", "HGUC"), mixed case ("iPhone", "mAh", "IdeaPad") and the brand. Undefined: a plain word.
 */
export function sellerTokenKind(part: string, brand?: string): SellerTokenKind | undefined {
  if (/^\d[\d.,/%]*$/.test(part)) return 'number';
  if (/\d/.test(part)) return 'model-code';
  if (brand && part.toLowerCase() === brand.toLowerCase()) return 'brand';
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (!letters) return undefined;
  const upper = letters.toUpperCase() === letters && letters.toLowerCase() !== letters;
  const lower = letters.toLowerCase() === letters;
  if (!upper && !lower && !/^\p{Lu}\p{Ll}+$/u.test(letters)) return 'mixed-case';
  if (!upper) return undefined;
  if (ACRONYMS.has(letters)) return 'acronym';
  if (letters.length <= 3 && !SMALL_WORDS.has(letters.toLowerCase())) return 'acronym';
  if (letters.length >= 2 && !ONSET.test(letters)) return 'acronym';
  return undefined;
}

/** The parts of a word that case applies to: "ROASTED-INDISCHE" is two, "QA-65S90C" two, "BIJI/BUBUK" is two words. */
function parts(word: string): string[] {
  return word.split(/(-)/);
}

function capitalise(part: string): string {
  // Plain toLowerCase: Indonesian has no letters whose case changes by locale, and the locale-aware call is slow.
  const lower = part.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

type Level = 'plain' | 'brands' | 'codes';
const LEVELS: readonly Level[] = ['plain', 'brands', 'codes'];

/**
 * One part of a word, written at each level: plain words capitalised first; brands ("SAMSUNG") kept until `brands`;
 * letter codes that are not known acronyms ("HGUC") kept until `codes`. Numbers, model codes, mixed case, short
 * acronyms and the listing's brand never change.
 */
function partAtLevels(part: string, brand: string | undefined): readonly [string, string, string] {
  const kind = sellerTokenKind(part, brand);
  if (kind === 'brand') {
    const asBrand = brand!.length === part.length ? brand! : part;
    return [asBrand, asBrand, asBrand];
  }
  if (kind === 'number' || kind === 'model-code' || kind === 'mixed-case') return [part, part, part];
  const letters = /^[A-Za-z]+$/.test(part) ? part : part.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.toUpperCase() === letters && letters.toLowerCase() !== letters;
  if (!allCaps || (letters.length <= 3 && !SMALL_WORDS.has(letters.toLowerCase()))) return [part, part, part];
  const capitalised = capitalise(part);
  if (kind === 'acronym') return ACRONYMS.has(part) ? [part, part, part] : [part, part, capitalised];
  if (KNOWN_BRANDS.has(part.toLowerCase())) return [part, capitalised, capitalised];
  return [capitalised, capitalised, capitalised];
}

/**
 * An ALL CAPS title in normal case, keeping every number, model code, acronym and mixed-case word exactly as written,
 * and brand names as the seller wrote them. Only when the title would still shout are known brands ("SAMSUNG"), then
 * four-letter-plus codes that are not known acronyms, written in normal case too.
 */
export function unshoutTitle(title: string, brand?: string): string {
  // The brand as the brand field writes it, however many words it has ("KAPAL API" → "Kapal Api").
  if (brand?.trim()) title = title.replace(new RegExp(`(?<![\\p{L}\\p{N}])${brand.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'), brand.trim());
  const pieces = tokenize(title).map((t) => (t.word ? t.text.split(/(-)/).map((p) => (p === '-' ? [p, p, p] as const : partAtLevels(p, brand))) : [[t.text, t.text, t.text] as const]));
  let out = title;
  for (let level = 0; level < LEVELS.length; level++) {
    out = pieces.map((word) => word.map((p) => p[level]).join('')).join('');
    if (!titleShouts(out, brand)) return out;
  }
  return out;
}

/** The seller's tokens in a text that must survive a suggestion exactly: numbers, model codes, acronyms, mixed case. */
export function sellerTokens(text: string, brand?: string): Array<{ text: string; kind: SellerTokenKind }> {
  return tokenize(text)
    .filter((t) => t.word)
    .flatMap((t) => parts(t.text).filter((p) => p !== '-'))
    .flatMap((part) => {
      const kind = sellerTokenKind(part, brand);
      return kind && kind !== 'brand' ? [{ text: part, kind }] : [];
    });
}
