import type { z } from 'zod';
import { issueReason, type FeedIssue } from '../feed/reasons';
import { bi, type BilingualText } from '../i18n/text';
import { LISTING_FIELD_NAMES } from '../listing/validate';

/**
 * One zod issue of an export file, in words a seller can act on: which part of the file ("draf ke-2, harga") and
 * what is wrong with it, in both languages. zod's own messages ("Invalid input: expected string") never show.
 */

/** The file's parts; their entries are counted from 1, as people count. */
const SECTIONS: Record<string, [string, string]> = {
  drafts: ['draf', 'draft'],
  revisions: ['riwayat draf', 'draft history entry'],
  settings: ['pengaturan', 'setting'],
  preferences: ['preferensi panel', 'panel preference'],
  sessions: ['sesi pelatihan', 'coaching session'],
  showcases: ['etalase', 'showcase'],
  showcase: ['barang etalase', 'showcase item'],
  conflicts: ['salinan versi lain', 'other-version copy'],
  original: ['versi asli', 'original version'],
  item: ['barang', 'item'],
  links: ['tautan', 'links'],
  participants: ['peserta', 'participant'],
  listings: ['listing', 'listing'],
  start: ['saat awal', 'at the start'],
  now: ['saat ini', 'now'],
  score: ['skor', 'score'],
  name: ['nama', 'name'],
  title: ['judul', 'title'],
  date: ['tanggal', 'date'],
  whatsapp: ['nomor WhatsApp', 'WhatsApp number'],
  exportedAt: ['waktu ekspor', 'export time'],
  format: ['jenis file', 'file type'],
  version: ['versi format', 'format version'],
};

/** A custom issue that carries its own bilingual text (the schemas' refinements put it in `params.text`). */
function ownText(issue: z.core.$ZodIssue): BilingualText | undefined {
  const text = (issue as { params?: { text?: unknown } }).params?.text as Partial<BilingualText> | undefined;
  return typeof text?.id === 'string' && typeof text.en === 'string' ? { id: text.id, en: text.en } : undefined;
}

/** "draf ke-2, harga" / "draft 2, price". A listing's fields get the names the panel uses. */
function where(path: readonly PropertyKey[]): BilingualText {
  const id: string[] = [];
  const en: string[] = [];
  let inListing = false;
  path.forEach((part, i) => {
    if (typeof part === 'number') return;
    const key = String(part);
    if (key === 'listing') {
      inListing = true;
      return;
    }
    const next = path[i + 1];
    const named =
      inListing && Object.hasOwn(LISTING_FIELD_NAMES, key)
        ? [LISTING_FIELD_NAMES[key]!.id, LISTING_FIELD_NAMES[key]!.en]
        : Object.hasOwn(SECTIONS, key)
          ? SECTIONS[key]!
          : [`kolom "${key.slice(0, 40)}"`, `field "${key.slice(0, 40)}"`];
    if (key === 'original') inListing = true;
    id.push(typeof next === 'number' ? `${named[0]} ke-${next + 1}` : named[0]!);
    en.push(typeof next === 'number' ? `${named[1]} ${next + 1}` : named[1]!);
  });
  return bi(id.join(', '), en.join(', '));
}

export function describeExportIssue(issue: z.core.$ZodIssue): BilingualText {
  const place = where(issue.path);
  const own = ownText(issue);
  const [id, en] = own ? [own.id, own.en] : issueReason(issue as unknown as FeedIssue);
  if (!place.id) return bi(id, en);
  return bi(`${place.id}: ${id}`, `${place.en}: ${en}`);
}
