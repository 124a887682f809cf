import { effect, signal } from '@preact/signals';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { memoryPhotoCache } from '../../../../extension/photos/cache';
import { createPhotoChecks, type PhotoEntry, type PhotoStage } from '../../../../extension/photos/models/photo-checks';
import { createReportModel } from '../../../../shared/ui/checklist/report';
import { Listing, type ListingInput } from '../../../../shared/listing/schema';
import { cdnFetch, fakeBlobUrls, fixtureBytes, nodePhotoService } from './helpers';

const CDN = 'https://down-id.img.susercontent.com/file/';
const FILES = {
  cover: 'photos/product-clean.jpg',
  promo: 'photos/overlay-phone-promo.jpg',
  label: 'photos/label-netto-pirt.jpg',
  dark: 'photos-extension/blurry-dark.jpg',
  gif: 'photos-extension/animated.gif',
  broken: 'photos-extension/corrupt.jpg',
};
/** What OCR "reads" on each photo (keyed by file size, see photos-helpers). */
const TEXTS = new Map<number, string[]>([
  [fixtureBytes(FILES.promo).byteLength, ['PROMO DISKON 50%', 'Order WA 0812-3456-7890']],
  [fixtureBytes(FILES.label).byteLength, ['KERIPIK SINGKONG BALADO', 'Netto 250 g', 'P-IRT No. 2063271010876-27']],
]);

function listingWith(photos: string[], extra: Partial<ListingInput> = {}) {
  return Listing.parse({
    marketplace: 'shopee',
    title: 'Keripik Singkong Balado Pedas Renyah Khas Bandung',
    description: 'Keripik singkong balado, pedas dan renyah.',
    photos: photos.map((name) => ({ src: CDN + name })),
    ...extra,
  });
}

function setup(photos: string[], options: { cache?: ReturnType<typeof memoryPhotoCache>; extra?: Partial<ListingInput> } = {}) {
  const urls = fakeBlobUrls();
  const node = nodePhotoService(urls.store, TEXTS);
  const listing = signal(listingWith(photos, options.extra));
  const files = signal<readonly Blob[] | undefined>(undefined);
  const cache = options.cache ?? memoryPhotoCache();
  const fetched: string[] = [];
  const model = createPhotoChecks({
    listing,
    files,
    service: node.service,
    cache,
    fetch: cdnFetch(FILES, fetched),
    toUrl: urls.toUrl,
    revokeUrl: urls.revokeUrl,
  });
  return { model, node, listing, files, cache, fetched, urls };
}

async function finished(model: ReturnType<typeof createPhotoChecks>) {
  await vi.waitFor(() => {
    expect(model.photos.value.length).toBeGreaterThan(0);
    expect(model.busy.value).toBe(false);
  }, { timeout: 10_000 });
}

const stages = (model: ReturnType<typeof createPhotoChecks>) => model.photos.value.map((e) => e.stage.value);
const checksOn = (model: ReturnType<typeof createPhotoChecks>, index: number) =>
  model.findings.value.filter((f) => f.photoIndex === index).map((f) => f.checkId).sort();

describe('the panel’s photo checks (model)', () => {
  it('checks every photo; a missing and a broken one get their own message and the others are still checked', async () => {
    const { model } = setup(['cover', 'missing', 'promo', 'broken']);
    await finished(model);
    expect(stages(model)).toEqual<PhotoStage[]>(['done', 'failed', 'done', 'failed']);
    const [, missing, , broken] = model.photos.value as [PhotoEntry, PhotoEntry, PhotoEntry, PhotoEntry];
    expect(missing.problem.value?.id).toMatch(/^Foto tidak ditemukan di alamat ini \(404\)/);
    expect(broken.problem.value?.en).toBe('The photo file is damaged or incomplete. Save it again from the original, then try again.');
    expect(model.photos.value.every((e) => e.progress.value === 1)).toBe(true);
    // Pixels and text of the photos that could be read: the WhatsApp number on photo 3, with where it is.
    expect(checksOn(model, 2)).toEqual(['photo-contact-details', 'photo-promo-text']);
    const contact = model.findings.value.find((f) => f.checkId === 'photo-contact-details')!;
    expect(contact.boxes!.length).toBeGreaterThan(0);
    expect(model.measuredIndexes.value).toEqual([0, 2]);
    model.dispose();
  });

  it('moves each photo forward through its stages with a progress bar that only grows', async () => {
    const { model } = setup(['cover', 'label']);
    const seen = new Map<number, { stages: PhotoStage[]; progress: number[] }>();
    // Reading each entry's signals subscribes this effect to every step of every photo.
    const stop = effect(() => {
      for (const entry of model.photos.value) {
        const log = seen.get(entry.index) ?? { stages: [], progress: [] };
        seen.set(entry.index, log);
        if (log.stages.at(-1) !== entry.stage.value) log.stages.push(entry.stage.value);
        if (log.progress.at(-1) !== entry.progress.value) log.progress.push(entry.progress.value);
      }
    });
    await finished(model);
    stop();
    for (const { stages: s, progress } of seen.values()) {
      expect(s[0]).toBe('loading');
      expect(s).toContain('measuring');
      expect(s).toContain('reading');
      expect(s.at(-1)).toBe('done');
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(progress.at(-1)).toBe(1);
      // Reading text reports its own progress between measuring and done.
      expect(progress.some((p) => p > 0.3 && p < 1)).toBe(true);
    }
    model.dispose();
  });

  it('shows a photo seen before at once from the cache (keyed by its bytes), measuring and reading nothing again', async () => {
    const first = setup(['cover', 'promo']);
    await finished(first.model);
    const before = first.model.findings.value;
    first.model.dispose();
    expect(first.cache.entries.size).toBe(2);

    // Another listing whose photos have other addresses but the same bytes.
    const again = setup(['promo', 'cover'], { cache: first.cache });
    await finished(again.model);
    expect(again.node.calls).toEqual({ measure: 0, readText: 0 });
    expect(again.model.photos.value.map((e) => e.fromCache.value)).toEqual([true, true]);
    // The promo photo is now the cover: the same text findings, read from the cache.
    const text = ['photo-contact-details', 'photo-promo-text'];
    expect(before.filter((f) => f.photoIndex === 1 && text.includes(f.checkId)).map((f) => f.checkId).sort()).toEqual(text);
    expect(checksOn(again.model, 0)).toEqual(expect.arrayContaining(text));
    again.model.dispose();
  });

  it('keeps the pixel findings when the text cannot be read, says so, and reads it again next time', async () => {
    const first = setup(['dark', 'promo']);
    first.node.failTextReading(true);
    await finished(first.model);
    expect(checksOn(first.model, 0)).toContain('photo-too-dark');
    expect(first.model.photos.value[1]!.ocrProblem.value?.en).toBe('Rapi could not read the text on this photo.');
    expect(checksOn(first.model, 1)).not.toContain('photo-contact-details');
    first.model.dispose();

    const again = setup(['dark', 'promo'], { cache: first.cache });
    await finished(again.model);
    expect(again.node.calls).toEqual({ measure: 0, readText: 2 });
    expect(checksOn(again.model, 1)).toContain('photo-contact-details');
    again.model.dispose();
  });

  it('follows the title as the seller types: the label suggestion goes once the net weight is in the title', async () => {
    const { model, listing, node } = setup(['cover', 'label']);
    await finished(model);
    const label = () => model.findings.value.find((f) => f.checkId === 'photo-label-specifics');
    expect(label()?.message.id).toBe("Foto 2 menyebut 'Netto 250 g' dan 'P-IRT 2063…', tapi judul dan deskripsi belum.");
    listing.value = { ...listing.value, title: 'Keripik Singkong Balado 250 gr Pedas Renyah', description: 'P-IRT No. 2063271010876-27' };
    expect(label()).toBeUndefined();
    expect(node.calls.measure).toBe(2);
    model.dispose();
  });

  it('judges format and file size only for the seller’s own files, not the marketplace’s copies', async () => {
    // The CDN sends WebP: that is the marketplace's encoding of a photo it accepted already.
    const webp = await sharp(fixtureBytes(FILES.cover)).webp().toBuffer();
    const urls = fakeBlobUrls();
    const node = nodePhotoService(urls.store);
    const fromCdn = createPhotoChecks({
      listing: signal(listingWith(['cover'])),
      files: signal(undefined),
      service: node.service,
      cache: memoryPhotoCache(),
      fetch: (async () => new Response(webp)) as typeof fetch,
      toUrl: urls.toUrl,
    });
    await finished(fromCdn);
    expect(checksOn(fromCdn, 0)).not.toContain('photo-format');
    expect(fromCdn.photos.value[0]!.result.value?.photo.mime).toBe('image/webp');
    fromCdn.dispose();

    const dropped = createPhotoChecks({
      listing: signal(Listing.parse({ marketplace: 'shopee', title: 'Keripik', photos: [{ src: 'sampul.webp' }] })),
      files: signal([new Blob([webp])]),
      service: node.service,
      cache: memoryPhotoCache(),
      toUrl: urls.toUrl,
    });
    await finished(dropped);
    expect(checksOn(dropped, 0)).toContain('photo-format');
    expect(dropped.photos.value[0]!.label).toBe('sampul.webp');
    dropped.dispose();
  });

  it('says an animated photo is refused, from its own frames', async () => {
    const { model } = setup(['gif']);
    await finished(model);
    expect(model.photos.value[0]!.result.value?.photo.animated).toBe(true);
    expect(model.findings.value.find((f) => f.checkId === 'photo-format')?.message.en).toBe('The cover photo is animated.');
    model.dispose();
  });

  it('starts over for a new page: the old page’s photos never come back', async () => {
    const { model, listing, urls } = setup(['cover', 'promo']);
    await vi.waitFor(() => expect(model.photos.value.length).toBe(2));
    listing.value = listingWith(['label']);
    await finished(model);
    expect(model.photos.value).toHaveLength(1);
    expect(model.photos.value[0]!.label).toContain('label');
    expect(model.findings.value.every((f) => f.photoIndex === 0)).toBe(true);
    // A re-read of the same page (title typed, same photos) does not start over.
    const entries = model.photos.value;
    listing.value = { ...listing.value, title: 'Keripik Balado' };
    expect(model.photos.value).toBe(entries);
    model.dispose();
    expect(urls.store.size).toBe(0);
  });

  it('feeds the score: photo findings count, and a measured photo silences the page’s size guess', async () => {
    // The page's metadata says 200 × 200 (a thumbnail), the real photo is 1024 × 1024.
    const { model, listing } = setup(['cover'], { extra: {} });
    listing.value = { ...listing.value, photos: [{ src: `${CDN}cover`, width: 200, height: 200 }] };
    const withoutPhotos = createReportModel(listing);
    expect(withoutPhotos.report.value!.findings.map((f) => f.checkId)).toContain('photo-size-small');
    await finished(model);
    const report = createReportModel(listing, model);
    const ids = report.report.value!.findings.map((f) => f.checkId);
    expect(ids).not.toContain('photo-size-small');
    expect(ids).not.toContain('photo-low-resolution');

    const promo = setup(['promo']);
    await finished(promo.model);
    const promoReport = createReportModel(promo.listing, promo.model).report.value!;
    expect(promoReport.findings.map((f) => f.checkId)).toContain('photo-contact-details');
    expect(promoReport.score).toBeLessThan(createReportModel(promo.listing).report.value!.score);
    model.dispose();
    promo.model.dispose();
  });
});
