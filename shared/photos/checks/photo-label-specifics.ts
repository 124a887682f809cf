import { bi, type BilingualText } from '../../i18n/text';
import { formatWeight, type Quantity } from '../../listing/parse-units';
import { findSpecifics, type Specifics } from '../../listing/specifics';
import { photoName } from '../copy';
import { boxesForText } from '../ocr/matchers';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';
import type { Box, PhotoFinding } from '../types';

/** One fact printed on the packaging that the title or description does not state. */
interface LabelFact {
  /** As printed, shortened for the message: "Netto 250 g", "P-IRT 2063…". */
  quote: string;
  /** The words to draw a box around. */
  printed: string;
  fix: BilingualText;
  /** What to add to the title, written as sellers write it ("250 gr"), when it belongs there. */
  forTitle?: string;
}

const NET_LABEL = /\b(netto|neto|nett|net\.?\s?wt\.?|net\s?weight|berat\s?bersih|isi\s?bersih|isi)\s*[:.]?\s*$/i;

/** "P-IRT No. 2063271010876-27" → "P-IRT 2063…": enough to recognise, short enough for a phone screen. */
function shortNumber(text: string, label: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length > 6 ? `${label} ${digits.slice(0, 4)}…` : text;
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.base !== undefined && b.base !== undefined && Math.abs(a.base - b.base) <= 0.02 * a.base;
}

function netText(q: Quantity): BilingualText {
  if (q.kind === 'weight' && q.base) return bi(formatWeight(q.base), formatWeight(q.base).replace(',', '.'));
  return bi(q.text, q.text);
}

/**
 * The pack's net content: the amount printed after "Netto", "Berat bersih"… A nutrition table lists many weights
 * ("Takaran saji 25 g", "Lemak 7 g"), so an unlabelled amount counts only when it is the only one.
 */
function netContent(ocrText: string, onPhoto: Specifics): { net: Quantity; label?: string } | undefined {
  const amounts = onPhoto.quantities.filter((q) => q.kind === 'weight' || q.kind === 'volume');
  for (const net of amounts) {
    for (let at = ocrText.indexOf(net.text); at >= 0; at = ocrText.indexOf(net.text, at + 1)) {
      const label = NET_LABEL.exec(ocrText.slice(Math.max(0, at - 24), at))?.[0].trim();
      if (label) return { net, label };
    }
  }
  return amounts.length === 1 ? { net: amounts[0]! } : undefined;
}

/** What the label says that the listing's text does not. */
export function missingLabelFacts(ocrText: string, onPhoto: Specifics, inListing: Specifics): LabelFact[] {
  const facts: LabelFact[] = [];
  const found = netContent(ocrText, onPhoto);
  if (found && !inListing.quantities.some((q) => sameQuantity(q, found.net))) {
    const { net, label } = found;
    const amount = netText(net);
    facts.push({
      quote: label ? `${label} ${net.text}` : net.text,
      printed: net.text,
      forTitle: amount.id,
      fix: net.kind === 'volume'
        ? bi(`Tambahkan isi ${amount.id} di judul.`, `Add the volume, ${amount.en}, to the title.`)
        : bi(`Tambahkan berat bersih ${amount.id} di judul.`, `Add the net weight, ${amount.en}, to the title.`),
    });
  }
  if (onPhoto.pirt && !inListing.pirt) {
    facts.push({
      quote: shortNumber(onPhoto.pirt, 'P-IRT'),
      printed: onPhoto.pirt,
      fix: bi('Tulis nomor izin edar P-IRT di deskripsi.', 'Write the P-IRT registration number in the description.'),
    });
  }
  if (onPhoto.bpom && !inListing.bpom) {
    const kind = /\bml\b|ml\s?\d/i.test(onPhoto.bpom) ? 'BPOM ML' : 'BPOM MD';
    facts.push({
      quote: /\d{6}/.test(onPhoto.bpom) ? shortNumber(onPhoto.bpom, kind) : onPhoto.bpom,
      printed: onPhoto.bpom,
      fix: bi('Tulis nomor izin edar BPOM di deskripsi.', 'Write the BPOM registration number in the description.'),
    });
  }
  if (onPhoto.halal && !inListing.halal) {
    facts.push({
      quote: onPhoto.halal,
      printed: onPhoto.halal,
      fix: bi('Sebutkan sertifikat halal di deskripsi.', 'Mention the halal certificate in the description.'),
    });
  }
  if (onPhoto.shelfLife && !inListing.shelfLife) {
    // The whole printed line carries the date: "Baik digunakan sebelum: 12 2026".
    const line = ocrText.split('\n').find((l) => l.includes(onPhoto.shelfLife!))?.trim() ?? onPhoto.shelfLife;
    facts.push({
      quote: line.length > 40 ? onPhoto.shelfLife : line,
      printed: onPhoto.shelfLife,
      fix: bi('Tulis masa simpan produk di deskripsi, misalnya "tahan 6 bulan".', 'State the shelf life in the description, for example "keeps 6 months".'),
    });
  }
  return facts;
}

function joinQuotes(quotes: string[], and: string): string {
  const q = quotes.map((t) => `'${t}'`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} ${and} ${q[q.length - 1]}`;
}

/**
 * Label reading: specifics printed on the packaging (net weight, P-IRT, BPOM, halal, expiry) that the title and
 * description do not state yet become suggestions. Rapi's heuristic (docs/rules.md#food-and-cosmetics-labels).
 */
export const photoLabelSpecifics = registerPhotoCheck({
  id: 'photo-label-specifics',
  area: 'foto',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.foodLabelling,
  name: bi('Info di label kemasan belum ada di judul atau deskripsi', 'Packaging label facts missing from the title and description'),
  input: 'ocr',
  examples: {
    failing: {
      profile: 'shopee',
      listing: { title: 'Keripik Singkong Pedas Renyah Khas Bandung', description: 'Keripik singkong pedas, renyah dan gurih.' },
      photos: [{ recipe: {} }, { recipe: {} }, { recipe: { seed: 5 }, text: ['KERIPIK SINGKONG', 'Netto 250 g', 'P-IRT No. 2063271010876-27'] }],
    },
    passing: {
      profile: 'shopee',
      listing: {
        title: 'Keripik Singkong Pedas 250 gr Khas Bandung',
        description: 'Keripik singkong pedas. P-IRT No. 2063271010876-27.',
      },
      photos: [{ recipe: {}, text: ['KERIPIK SINGKONG', 'Netto 250 g', 'P-IRT No. 2063271010876-27'] }],
    },
  },
  run(ctx) {
    const listing = ctx.listing;
    if (!listing) return [];
    const inListing = findSpecifics(`${listing.title}\n${listing.description ?? ''}`);
    const findings: PhotoFinding[] = [];
    for (const { index, ocr } of ctx.photos) {
      if (!ocr?.text.trim()) continue;
      const facts = missingLabelFacts(ocr.text, findSpecifics(ocr.text), inListing);
      if (!facts.length) continue;
      const name = photoName(index);
      const quotes = facts.map((f) => f.quote);
      const boxes: Box[] = facts.flatMap((f) => boxesForText(ocr, f.printed));
      findings.push(
        finding(
          photoLabelSpecifics,
          {
            message: bi(
              `${name.id} menyebut ${joinQuotes(quotes, 'dan')}, tapi judul dan deskripsi belum.`,
              `${name.en} mentions ${joinQuotes(quotes, 'and')}, but the title and description do not.`,
            ),
            why: bi(
              'Pembeli mencari dan membandingkan berat, izin edar, dan halal lewat teks, bukan lewat foto.',
              'Buyers search for and compare weight, registration and halal status in the text, not in photos.',
            ),
            fix: bi(facts.map((f) => f.fix.id).join(' '), facts.map((f) => f.fix.en).join(' ')),
            example: exampleTitle(listing.title, facts),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'estimated', boxes },
        ),
      );
    }
    return findings;
  },
});

/** The seller's own title with the net content added: the example is built from their words. */
function exampleTitle(title: string, facts: LabelFact[]): BilingualText | undefined {
  const addition = facts.find((f) => f.forTitle)?.forTitle;
  if (!addition) return undefined;
  return bi(`Contoh judul: ${title} ${addition}`, `Example title: ${title} ${addition}`);
}
