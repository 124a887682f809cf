import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPhotos } from '../../../cli/photos';
import { Listing } from '../../../shared/listing/schema';
import { OcrEngine, OcrTimeoutError, type CreateWorker } from '../../../shared/photos/ocr/engine';
import { ocrPhoto, terminateSharedNodeOcrEngine } from '../../../shared/photos/ocr/node';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/photos');
const fixture = (name: string) => path.join(fixtures, name);

afterAll(() => terminateSharedNodeOcrEngine());

describe('OCR in Node with the bundled ind + eng data (real tesseract.js)', () => {
  it('reads a WhatsApp number and promo banners with their boxes', async () => {
    const ocr = await ocrPhoto(await readFile(fixture('overlay-phone-promo.jpg')));
    expect(ocr.text).toContain('0812-3456-7890');
    expect(ocr.text).toMatch(/PROMO DISKON 50%/);
    expect(ocr.text).toMatch(/GRATIS ONGKIR/);
    const number = ocr.lines.flatMap((l) => l.words).find((w) => w.text.includes('0812'));
    // The number is drawn in the green band near the bottom of the photo.
    expect(number!.box.y).toBeGreaterThan(0.85);
    expect(number!.box.y + number!.box.h).toBeLessThan(0.95);
    expect(number!.confidence).toBeGreaterThan(80);
  }, 30_000);

  it('reads a packaging label exactly', async () => {
    const ocr = await ocrPhoto(await readFile(fixture('label-netto-pirt.jpg')));
    expect(ocr.text).toContain('Netto 250 g');
    expect(ocr.text).toContain('P-IRT No. 2063271010876-27');
    expect(ocr.text).toMatch(/HALAL MUI/);
  }, 30_000);

  it('finds nothing to read on a clean product photo', async () => {
    const ocr = await ocrPhoto(await readFile(fixture('product-clean.jpg')));
    expect(ocr.lines.flatMap((l) => l.words).filter((w) => w.confidence > 60 && /\w{3}/.test(w.text))).toEqual([]);
  }, 30_000);

  it('turns a listing’s photos into contact, promo and label findings with boxes (rapi check --ocr)', async () => {
    const listing = Listing.parse({
      marketplace: 'shopee',
      title: 'Keripik Singkong Balado Pedas Renyah Khas Bandung',
      description: 'Keripik singkong balado, pedas dan renyah. Dibuat setiap hari.',
    });
    const { photos, findings } = await checkPhotos(
      [fixture('overlay-phone-promo.jpg'), fixture('product-clean.jpg'), fixture('label-netto-pirt.jpg')],
      { profile: 'shopee', ocr: true, listing },
    );
    expect(photos.every((p) => p.checked && p.ocr && !p.ocrError)).toBe(true);

    const contact = findings.find((f) => f.checkId === 'photo-contact-details')!;
    expect(contact.photoIndex).toBe(0);
    expect(contact.severity).toBe('blocked');
    expect(contact.message.id).toContain("'0812-3456-7890'");
    expect(contact.message.id).toContain('@kripik.mantap');
    expect(contact.boxes!.length).toBeGreaterThanOrEqual(2);

    const promo = findings.find((f) => f.checkId === 'photo-promo-text')!;
    expect(promo.photoIndex).toBe(0);
    expect(promo.severity).toBe('quality');
    expect(promo.boxes!.every((b) => b.y < 0.2)).toBe(true);

    const label = findings.find((f) => f.checkId === 'photo-label-specifics')!;
    expect(label.photoIndex).toBe(2);
    expect(label.message.id).toBe(
      "Foto 3 menyebut 'Netto 250 g', 'P-IRT 2063…', 'HALAL MUI' dan 'Baik digunakan sebelum: 12 2026', tapi judul dan deskripsi belum.",
    );
    expect(label.example?.id).toBe('Contoh judul: Keripik Singkong Balado Pedas Renyah Khas Bandung 250 gr');
    expect(label.boxes!.length).toBeGreaterThanOrEqual(3);
    expect(findings.filter((f) => f.photoIndex === 1 && f.checkId.startsWith('photo-contact'))).toEqual([]);
  }, 60_000);
});

describe('OcrEngine', () => {
  const page = { text: 'Halo', blocks: [{ paragraphs: [{ lines: [{ text: 'Halo', words: [{ text: 'Halo', confidence: 95, bbox: { x0: 10, y0: 20, x1: 60, y1: 40 } }] }] }] }] };

  it('calls createWorker(langs, oem, options) with a logger function, once for many photos', async () => {
    const calls: unknown[][] = [];
    const createWorker: CreateWorker = async (...args) => {
      calls.push(args);
      return { recognize: async () => ({ data: page }), terminate: async () => undefined };
    };
    const engine = new OcrEngine({ createWorker, workerOptions: { langPath: '/x' } });
    const [a, b] = await Promise.all([engine.recognize('one', { width: 100, height: 100 }), engine.recognize('two', { width: 100, height: 100 })]);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('ind+eng');
    expect(calls[0]![1]).toBe(1);
    expect(calls[0]![2]).toMatchObject({ langPath: '/x' });
    expect(typeof (calls[0]![2] as { logger: unknown }).logger).toBe('function');
    expect(a.lines[0]!.words[0]!.box).toEqual({ x: 0.1, y: 0.2, w: 0.5, h: 0.2 });
    expect(b.text).toBe('Halo');
  });

  it('gives up on a worker that never starts, and stops it if it turns up late', async () => {
    let terminated = false;
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    const createWorker: CreateWorker = async () => {
      await late;
      return { recognize: async () => ({ data: page }), terminate: async () => void (terminated = true) };
    };
    const engine = new OcrEngine({ createWorker, workerOptions: {}, startTimeoutMs: 100 });
    await expect(engine.recognize('x', { width: 1, height: 1 })).rejects.toBeInstanceOf(OcrTimeoutError);
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(terminated).toBe(true);
  });

  it('throws away a worker stuck on one photo and starts a fresh one for the next', async () => {
    let started = 0;
    let terminated = 0;
    const createWorker: CreateWorker = async () => {
      const n = ++started;
      return {
        recognize: (image) => (n === 1 && image === 'stuck' ? new Promise(() => undefined) : Promise.resolve({ data: page })),
        terminate: async () => void terminated++,
      };
    };
    const engine = new OcrEngine({ createWorker, workerOptions: {}, recognizeTimeoutMs: 100 });
    await expect(engine.recognize('stuck', { width: 1, height: 1 })).rejects.toBeInstanceOf(OcrTimeoutError);
    expect(terminated).toBe(1);
    await expect(engine.recognize('fine', { width: 100, height: 100 })).resolves.toMatchObject({ text: 'Halo' });
    expect(started).toBe(2);
    await engine.terminate();
    expect(terminated).toBe(2);
  });
});
