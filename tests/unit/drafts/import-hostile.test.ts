import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EXPORT_FORMAT, parseExportText, parseExportValue } from '../../../shared/export';
import { createDraftsPageModel } from '../../../shared/ui/drafts/drafts-page';
import type { DraftService } from '../../../shared/drafts/service';
import { freshService } from '../storage/helpers';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const head = `"format":"${EXPORT_FORMAT}","version":1,"exportedAt":1,"drafts":[],"revisions":[]`;

/** Where a hostile file can hide deep nesting: every place the format holds free-form JSON, and a listing. */
const deepFiles = (depth: number) => ({
  preferences: `{${head},"preferences":{"lang":${nested(depth)}}}`,
  setting: `{${head},"settings":[{"key":"a","updatedAt":1,"value":${nested(depth)}}]}`,
  showcaseSeam: `{${head},"showcase":[{"id":"i1","updatedAt":1,"extra":${nested(depth)}}]}`,
  listing: `{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":1,"drafts":[{"key":"manual:a","rev":1,"createdAt":1,"updatedAt":1,"listing":${nested(depth)}}],"revisions":[]}`,
});

describe('an export file shaped to break the importer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the 4.7 KB file nested 2,300 deep gives a bilingual problem, never a stack overflow', () => {
    const file = deepFiles(2300).preferences;
    expect(file.length).toBeGreaterThan(4_600);
    expect(file.length).toBeLessThan(4_800);
    const parsed = parseExportText(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.id).toMatch(/terlalu dalam/);
    expect(parsed.problem.en).toMatch(/nested too deeply/);
    expect(parsed.problem.en).toMatch(/Nothing was changed/);
  });

  it.each([70, 1000, 2300, 5000, 100_000])('nesting %i deep anywhere in the file says "too deeply", not "damaged"', (depth) => {
    for (const [where, text] of Object.entries(deepFiles(depth))) {
      let parsed: ReturnType<typeof parseExportText> | undefined;
      expect(() => (parsed = parseExportText(text)), where).not.toThrow();
      expect(parsed!.ok, where).toBe(false);
      expect(!parsed!.ok && parsed!.problem.en, where).toMatch(/nested too deeply/);
    }
  });

  it('an already parsed value is checked the same way (no recursion into it)', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const value = { format: EXPORT_FORMAT, version: 1, exportedAt: 1, drafts: [], revisions: [], preferences: { lang: deep } };
    const parsed = parseExportValue(value);
    expect(!parsed.ok && parsed.problem.en).toMatch(/nested too deeply/);
  });

  it('a list longer than any real export is refused before validation', () => {
    const zeros = new Array(2_000_001).fill(0);
    const parsed = parseExportValue({ format: EXPORT_FORMAT, version: 1, exportedAt: 1, drafts: [], revisions: [], preferences: { x: zeros } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.id).toMatch(/daftar yang terlalu panjang/);
    expect(!parsed.ok && parsed.problem.en).toMatch(/a list that is too long/);
  });

  it('importAll answers the deep file with its problem and changes nothing', async () => {
    const { service } = freshService();
    await service.openDraft('manual:keep', {});
    const outcome = await service.importAll(new Blob([deepFiles(2300).setting]));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.en).toMatch(/nested too deeply/);
    expect((await service.exportAll()).drafts.map((d) => d.key)).toEqual(['manual:keep']);
  });

  it('Draf saya leaves "importing" and says what happened even when the import itself fails unexpectedly', async () => {
    const { service } = freshService();
    const failing: DraftService = { ...service, importAll: () => Promise.reject(new RangeError('Maximum call stack size exceeded')) };
    const page = createDraftsPageModel({ service: failing });
    const outcome = await page.importData(new Blob(['{}']));
    expect(page.importing.value).toBe(false);
    expect(outcome.ok).toBe(false);
    expect(page.alert.value?.id).toMatch(/Tidak ada yang diubah/);
    expect(page.alert.value?.en).toMatch(/Nothing was changed/);
    expect(`${page.alert.value?.id} ${page.alert.value?.en}`).not.toMatch(/Maximum call stack|RangeError/);
    page.dispose();
  });
});
