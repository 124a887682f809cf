import { csvText } from '../../shared/csv/write';
import { checkInfo } from './check-names';
import { listingReport } from './report';
import type { Session } from './session-ops';

/** Column names of the session CSV, in Bahasa Indonesia (the trainer's and the sellers' language). */
export const CSV_COLUMNS = [
  'sesi',
  'tanggal',
  'tempat',
  'pelatih',
  'peserta',
  'toko',
  'whatsapp',
  'judul_produk',
  'sumber',
  'asal',
  'skor_awal',
  'skor_sekarang',
  'perubahan',
  'sudah_diperbaiki',
  'masalah_sekarang',
] as const;

const SOURCE_NAMES = { page: 'halaman produk', form: 'formulir penjual', manual: 'diisi manual', sheet: 'spreadsheet' } as const;

/**
 * The whole session as CSV, one row per listing (a participant with no listing yet still gets a row).
 * Cells that a spreadsheet would run as a formula (=, +, -, @ …) are escaped by the shared writer: the text comes
 * from sellers and pages.
 */
export function sessionCsv(session: Session): string {
  const base = [session.name, session.date, session.place, session.trainer];
  const rows: (string | number)[][] = [];
  for (const p of session.participants) {
    const who = [...base, p.name, p.shop, p.whatsapp ?? ''];
    if (!p.listings.length) rows.push([...who, '', '', '', '', '', '', '', '']);
    for (const entry of p.listings) {
      const r = listingReport(entry);
      rows.push([
        ...who,
        r.title,
        SOURCE_NAMES[r.source],
        r.origin ?? '',
        r.start,
        r.now,
        r.now - r.start,
        r.fixed.map((t) => t.id).join('; '),
        entry.now.checkIds.map((id) => checkInfo(id).name.id).join('; '),
      ]);
    }
  }
  return csvText(CSV_COLUMNS, rows);
}

/** "pelatihan-umkm-bandung-2026-05-14.csv": letters and digits only, so every system accepts the name. */
export function csvFileName(session: Session): string {
  const slug = session.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'sesi'}-${session.date}.csv`;
}
