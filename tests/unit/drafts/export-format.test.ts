import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportFileName, parseExportText, parseExportValue } from '../../../shared/export';
import { hashFor, routeFromHash } from '../../../shared/ui/drafts/route';

const minimal = {
  format: EXPORT_FORMAT,
  version: 1,
  exportedAt: Date.UTC(2026, 4, 14),
  drafts: [{ key: 'manual:a', listing: { title: 'Kopi' }, rev: 1, createdAt: 1, updatedAt: 1 }],
  revisions: [{ draftKey: 'manual:a', rev: 1, listing: { title: 'Kopi' }, savedAt: 1, kind: 'created' }],
};

describe('the export file format', () => {
  it('reads a minimal version-1 file, filling defaults for the optional parts', () => {
    const parsed = parseExportValue(minimal);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.settings).toEqual([]);
    expect(parsed.file.sessions).toEqual([]);
    expect(parsed.file.drafts[0]!.listing.marketplace).toBe('other');
    expect(parsed.file.drafts[0]!.conflicts).toEqual([]);
  });

  it('reads when an editing session began (startedAt), which files written before sessions lack', () => {
    const withSession = { ...minimal, revisions: [{ ...minimal.revisions[0]!, savedAt: 5_000, startedAt: 1_000 }] };
    const parsed = parseExportValue(withSession);
    expect(parsed.ok && parsed.file.revisions[0]!.startedAt).toBe(1_000);
    const plain = parseExportValue(minimal);
    expect(plain.ok && 'startedAt' in plain.file.revisions[0]!).toBe(false);
    expect(parseExportValue({ ...minimal, revisions: [{ ...minimal.revisions[0]!, startedAt: -1 }] }).ok).toBe(false);
  });

  it('carries sessions and showcase items it does not know yet, unchanged', () => {
    const parsed = parseExportValue({ ...minimal, showcase: [{ id: 'i1', updatedAt: 5, note: 'Favorit', extra: { a: 1 } }] });
    expect(parsed.ok && parsed.file.showcase).toEqual([{ id: 'i1', updatedAt: 5, note: 'Favorit', extra: { a: 1 } }]);
  });

  it('refuses a file that contradicts itself', () => {
    const noHead = { ...minimal, drafts: [{ ...minimal.drafts[0]!, rev: 2 }] };
    const parsed = parseExportValue(noHead);
    expect(!parsed.ok && parsed.problem.en).toMatch(/does not match Rapi's format .*current revision 2/);
    const twice = parseExportValue({ ...minimal, drafts: [minimal.drafts[0], minimal.drafts[0]] });
    expect(!twice.ok && twice.problem.en).toMatch(/duplicate draft/);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseExportText(`\uFEFF${JSON.stringify(minimal)}`).ok).toBe(true);
  });

  it('names the file by date', () => {
    expect(exportFileName(new Date(2026, 0, 5))).toBe('rapi-data-2026-01-05.json');
  });
});

describe('the drafts page address', () => {
  it('opens a draft from #draft=<key> and ignores anything else', () => {
    const key = 'tokopedia:item:toko/sambal-bawang';
    expect(routeFromHash(hashFor({ view: 'draft', key }))).toEqual({ view: 'draft', key });
    expect(routeFromHash('')).toEqual({ view: 'list' });
    expect(routeFromHash('#draft=javascript%3Aalert(1)')).toEqual({ view: 'list' });
    expect(routeFromHash('#other=1')).toEqual({ view: 'list' });
  });
});
