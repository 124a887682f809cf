import type { Listing } from '../listing/schema';
import type { Quantity } from '../listing/parse-units';
import { findSpecifics, type Specifics } from '../listing/specifics';

/**
 * What the listing itself says, in the seller's own words, for a suggestion to reuse: its text (title, description,
 * specifics table, variants) and what Rapi read on its photos' labels ("Netto 250 g"). Nothing here is guessed.
 */
export interface KnownFacts {
  title: Specifics;
  /** Title, description, attributes and variants. */
  text: Specifics;
  /** Text read on the photos (packaging labels), when the photos were read. */
  labels: Specifics | undefined;
  /** The amount printed after "Netto", "Berat bersih", "Isi bersih" on a label, as printed. */
  labelNet: Quantity | undefined;
  /** The text read on the photos, as read. */
  labelText: string;
}

/** The whole printed line a label fact is on: "Baik digunakan sebelum: 12 2026", not just its first words. */
export function labelLine(known: KnownFacts, fact: string | undefined): string | undefined {
  if (!fact) return undefined;
  const line = known.labelText.split('\n').find((l) => l.includes(fact))?.trim();
  return line && line.length <= 60 ? line : fact;
}

const NET_LABEL = /(?:netto|neto|nett|net\.?\s?wt\.?|net\s?weight|berat\s?bersih|isi\s?bersih|isi)\s*[:.]?\s*$/i;

/** A label's net amount: the one after "Netto …", or the only weight or volume printed (a nutrition table has many). */
export function labelNetContent(ocrText: string, onLabel: Specifics): Quantity | undefined {
  const amounts = onLabel.quantities.filter((q) => (q.kind === 'weight' || q.kind === 'volume') && q.unit !== 'mg');
  for (const net of amounts) {
    for (let at = ocrText.indexOf(net.text); at >= 0; at = ocrText.indexOf(net.text, at + 1)) {
      if (NET_LABEL.test(ocrText.slice(Math.max(0, at - 24), at))) return net;
    }
  }
  return amounts.length === 1 ? amounts[0] : undefined;
}

export function knownFacts(listing: Listing, photoTexts: readonly string[] = []): KnownFacts {
  const attributes = listing.attributes ? Object.entries(listing.attributes).map(([k, v]) => `${k}: ${v}`).join('\n') : '';
  const variants = listing.variants?.map((v) => `${v.name}: ${v.options.join(', ')}`).join('\n') ?? '';
  const ocr = photoTexts.filter((t) => t.trim()).join('\n');
  const labels = ocr ? findSpecifics(ocr) : undefined;
  return {
    title: findSpecifics(listing.title),
    text: findSpecifics(`${listing.title}\n${listing.description ?? ''}\n${attributes}\n${variants}`),
    labels,
    labelNet: labels ? labelNetContent(ocr, labels) : undefined,
    labelText: ocr,
  };
}

const isNet = (q: Quantity) => (q.kind === 'weight' || q.kind === 'volume') && q.unit !== 'mg' && q.base !== undefined;
const isPackCount = (q: Quantity) => q.kind === 'count' && q.unit !== undefined && ['tablet', 'kapsul', 'sachet', 'pcs', 'pasang', 'lembar'].includes(q.unit);

/** The net weight or volume as the seller (or the label) wrote it: the text first, then the label. */
export function netContentText(known: KnownFacts): string | undefined {
  const net = known.text.quantities.find(isNet);
  if (!net) return known.labelNet?.text;
  // "10x25gr": ten packs of 25 gr; the pack says more than its one weight.
  return known.text.quantities.find((q) => q.kind === 'count' && q.text !== net.text && q.text.includes(net.text))?.text ?? net.text;
}

export function countText(known: KnownFacts): string | undefined {
  return known.text.quantities.find(isPackCount)?.text;
}

export function titleHasNetContent(known: KnownFacts): boolean {
  return known.title.quantities.some((q) => isNet(q) || isPackCount(q));
}
