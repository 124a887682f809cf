import { signal } from '@preact/signals';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { memoryPhotoCache } from '../../../../extension/photos/cache';
import type { FixClient } from '../../../../extension/photos/fix-client';
import { createFixTasks } from '../../../../extension/photos/fix-tasks';
import { createPhotoFixer, fixedName } from '../../../../extension/photos/models/photo-fixer';
import { createPhotoChecks, type PhotoEntry } from '../../../../extension/photos/models/photo-checks';
import { nodeFixPlatform } from '../../../../shared/photos/fix/render-node';
import { Listing } from '../../../../shared/listing/schema';
import { fakeBlobUrls, nodePhotoService } from './helpers';

/** The panel's photo checks and fixer over dropped files, with Node's decoder and drawing in place of the browser's. */
async function setup(files: Array<{ name: string; bytes: Buffer }>) {
  const urls = fakeBlobUrls();
  const listing = signal(Listing.parse({ marketplace: 'tokopedia', title: 'Sambal Bawang Pedas Khas Bandung 200 gr', photos: files.map((f) => ({ src: f.name })) }));
  const checks = createPhotoChecks({
    listing,
    files: signal(files.map((f) => new File([new Uint8Array(f.bytes)], f.name, { type: 'image/jpeg' }))),
    service: nodePhotoService(urls.store).service,
    cache: memoryPhotoCache(),
    toUrl: urls.toUrl,
    revokeUrl: urls.revokeUrl,
    readText: false,
  });
  const handle = createFixTasks({
    origin: 'test',
    platform: nodeFixPlatform,
    fetch: (async (url: string) => new Response(new Uint8Array(urls.store.get(url)!))) as typeof fetch,
  });
  const asked: string[] = [];
  const client: FixClient = {
    fix: async (url) => {
      asked.push(url);
      const { response } = await handle({ id: 1, url });
      return response;
    },
    dispose: () => undefined,
  };
  const fixer = createPhotoFixer({ listing, profile: checks.profile, checked: checks.checked, client, toUrl: urls.toUrl, revokeUrl: urls.revokeUrl });
  await vi.waitFor(() => expect(checks.busy.value).toBe(false), { timeout: 20_000 });
  return { checks, fixer, urls, asked };
}

const wide = () =>
  sharp({ create: { width: 1500, height: 1000, channels: 3, background: '#f4c4cd' } })
    .composite([{ input: { create: { width: 300, height: 400, channels: 3, background: '#1e5aaa' } }, left: 600, top: 300 }])
    .jpeg()
    .toBuffer();

describe('the panel’s photo fixer', () => {
  it('is offered for a photo flagged for its shape or backdrop, and shows the checks before → after', async () => {
    const { checks, fixer, urls, asked } = await setup([{ name: 'sampul.jpg', bytes: await wide() }]);
    const entry = checks.photos.value[0]!;
    const findings = checks.findings.value.filter((f) => f.photoIndex === 0);
    expect(findings.map((f) => f.checkId)).toEqual(expect.arrayContaining(['cover-background-not-white']));
    expect(fixer.offers(entry, findings)).toBe(true);

    const working = fixer.fix(entry);
    expect(fixer.stateOf(entry).value.stage).toBe('working');
    await working;
    const state = fixer.stateOf(entry).value;
    if (state.stage !== 'done') throw new Error(`not done: ${JSON.stringify(state)}`);
    // The panel's own copy of the photo went to the worker, not the page's address.
    expect(asked).toEqual([entry.preview.value]);
    expect(state.fileName).toBe('sampul-rapi.jpg');
    expect(state.photo).toMatchObject({ width: 1024, height: 1024, mime: 'image/jpeg' });
    expect([...urls.store.get(state.url)!.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect(state.outcome.before.map((f) => f.checkId)).toEqual(findings.map((f) => f.checkId));
    expect(state.outcome.after.map((f) => f.checkId)).not.toContain('cover-background-not-white');
    expect(state.outcome.changes.length).toBeGreaterThan(1);

    fixer.dispose();
    expect(urls.store.has(state.url)).toBe(false);
    checks.dispose();
  }, 30_000);

  it('is not offered where it cannot help, and says why a photo could not be fixed', async () => {
    const clean = await sharp({ create: { width: 1000, height: 1000, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 700, height: 800, channels: 3, background: '#1e5aaa' } }, left: 150, top: 100 }])
      .jpeg()
      .toBuffer();
    const { checks, fixer, urls } = await setup([{ name: 'bersih.jpg', bytes: clean }]);
    const entry = checks.photos.value[0]!;
    expect(fixer.offers(entry, checks.findings.value)).toBe(false);
    // The photo's copy is gone (the panel moved on to another listing): a message, no crash.
    urls.store.clear();
    await fixer.fix(entry);
    const state = fixer.stateOf(entry).value;
    expect(state.stage).toBe('failed');
    checks.dispose();
  });

  it('names the fixed copy after the photo', () => {
    const entry = (source: PhotoEntry['source'], index = 2) => ({ index, source }) as PhotoEntry;
    expect(fixedName(entry({ kind: 'file', file: new Blob(), name: 'Foto Sampul (1).PNG' }))).toBe('Foto-Sampul-1-rapi.jpg');
    expect(fixedName(entry({ kind: 'url', src: 'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1cover0001' }))).toBe('id-11134207-7r98o-lz1cover0001-rapi.jpg');
    expect(fixedName(entry({ kind: 'url', src: 'blob:https://seller.shopee.co.id/4f6c' }))).toBe('4f6c-rapi.jpg');
    expect(fixedName(entry({ kind: 'url', src: 'data:image/jpeg;base64,AAAA' }))).toBe('foto-3-rapi.jpg');
  });
});
