import type { BilingualText } from '../../shared/i18n/text';
import { bi } from '../../shared/marketplaces/text';
import type { BadgeSummary } from '../messaging/protocol';

export interface BadgeText {
  /** Visible text, e.g. "Rapi 72 · 3 perbaikan", or "Rapi 72 sementara · 3 perbaikan" when a part is not rated yet. */
  label: string;
  /** What a screen reader announces, and the tooltip. */
  description: string;
  tone: 'good' | 'fair' | 'poor' | 'unknown';
}

const OPEN = bi('Buka panel Rapi untuk melihat apa yang perlu diperbaiki.', 'Open the Rapi panel to see what to fix.');

/** The data read from the page disagrees with itself (Shopee's API answer and the page). */
const CONFLICT_SHORT = bi('data tidak cocok', 'data mismatch');
const CONFLICT_LONG = bi('Data dari Shopee tidak sama dengan halaman.', 'Shopee’s data does not match the page.');
const PROVISIONAL = bi('sementara', 'provisional');

function fixesText(fixes: number): BilingualText {
  if (fixes === 0) return bi('tidak ada perbaikan', 'nothing to fix');
  return bi(`${fixes} perbaikan`, `${fixes} ${fixes === 1 ? 'fix' : 'fixes'}`);
}

export function badgeText(summary: BadgeSummary): BadgeText {
  const { lang, score, fixes } = summary;
  if (score === null) {
    const text = summary.unreadable
      ? bi('Rapi · belum bisa membaca produk', 'Rapi · cannot read a product here')
      : bi('Rapi · isi judul produk untuk mulai', 'Rapi · fill in the product title to start');
    return { label: text[lang], description: `${text[lang]}. ${OPEN[lang]}`, tone: 'unknown' };
  }
  // A score with parts not rated yet (photos are rated in the panel) says so, in the label and aloud.
  const provisional = summary.provisional === true;
  const conflictShort = summary.conflict ? ` · ${CONFLICT_SHORT[lang]}` : '';
  const label = `Rapi ${score}${provisional ? ` ${PROVISIONAL[lang]}` : ''} · ${fixesText(fixes)[lang]}${conflictShort}`;
  const spoken = bi(`Skor Rapi ${score} dari 100, ${fixesText(fixes).id}.`, `Rapi score ${score} of 100, ${fixesText(fixes).en}.`);
  // The note names the parts not rated: "Skor sementara: foto belum dinilai."
  const note = provisional && summary.provisionalNote ? ` ${summary.provisionalNote[lang]}` : '';
  const tone = score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
  const conflict = summary.conflict ? ` ${CONFLICT_LONG[lang]}` : '';
  return { label, description: `${spoken[lang]}${note}${conflict} ${OPEN[lang]}`, tone };
}
