import type { BilingualText } from '../../shared/i18n/text';
import { bi } from '../../shared/marketplaces/text';
import type { BadgeSummary } from '../messaging/protocol';

export interface BadgeText {
  /** Visible text, e.g. "Rapi 72 · 3 perbaikan". */
  label: string;
  /** What a screen reader announces, and the tooltip. */
  description: string;
  tone: 'good' | 'fair' | 'poor' | 'unknown';
}

const OPEN = bi('Buka panel Rapi untuk melihat apa yang perlu diperbaiki.', 'Open the Rapi panel to see what to fix.');

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
  const label = `Rapi ${score} · ${fixesText(fixes)[lang]}`;
  const spoken = bi(`Skor Rapi ${score} dari 100, ${fixesText(fixes).id}.`, `Rapi score ${score} of 100, ${fixesText(fixes).en}.`);
  const tone = score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
  return { label, description: `${spoken[lang]} ${OPEN[lang]}`, tone };
}

/**
 * Shown when the browser would not open the panel from the page: only Firefox on a computer refuses (it opens its
 * sidebar only from its own buttons). In a fresh Firefox profile the Rapi button is not on the toolbar but in the
 * Extensions menu (the puzzle piece); the labels are Firefox's own in each language ("Ekstensi", "Sematkan ke
 * Bilah Alat" / "Extensions", "Pin to Toolbar").
 */
export const OPEN_FROM_TOOLBAR = bi(
  'Klik tombol Rapi di bilah alat Firefox. Belum terlihat? Klik tombol Ekstensi (ikon potongan puzzle), lalu Rapi. Agar selalu terlihat: klik kanan Rapi di menu itu, lalu pilih Sematkan ke Bilah Alat.',
  "Click the Rapi button in Firefox's toolbar. Not there? Click the Extensions button (the puzzle-piece icon), then Rapi. To keep it in view: right-click Rapi in that menu, then choose Pin to Toolbar.",
);
