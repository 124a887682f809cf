import { beforeEach, describe, expect, it, vi } from 'vitest';
import { measurePhoto } from '../../../../shared/photos/measure';
import { synthesize } from '../../../support/synth';

/** The messaging service, replaced: what the background and the offscreen document would answer. */
const wire = vi.hoisted(() => ({
  ready: [] as boolean[],
  offscreen: [] as Array<(name: string, data: { ticket?: string }) => unknown>,
  progress: null as null | ((data: { ticket: string; progress: number }) => unknown),
  sent: [] as string[],
}));
vi.mock('../../../../extension/messaging/service', () => ({
  sendToBackground: async (name: string) => {
    wire.sent.push(name);
    return { ready: wire.ready.shift() ?? true };
  },
  sendToOffscreen: async (name: string, data: { ticket?: string }) => {
    wire.sent.push(name);
    const answer = wire.offscreen.shift();
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer(name, data);
  },
  handleMessages: (_to: string, handlers: { 'photo:progress': (data: { ticket: string; progress: number }) => unknown }) => {
    wire.progress = handlers['photo:progress'];
    return () => undefined;
  },
}));

const { createOffscreenPhotoService } = await import('../../../../extension/photos/offscreen-client');
const metrics = measurePhoto(synthesize({ size: [96, 96] }));

describe('the panel’s client of the offscreen photo checker (Chrome)', () => {
  beforeEach(() => {
    wire.ready = [];
    wire.offscreen = [];
    wire.sent = [];
  });

  it('starts the offscreen document once, then asks it about each photo', async () => {
    const service = createOffscreenPhotoService();
    wire.offscreen.push(() => ({ photo: { width: 96, height: 96 }, metrics }), () => ({ photo: {}, metrics }));
    expect((await service.measure('blob:a')).metrics).toEqual(metrics);
    expect((await service.measure('blob:b')).metrics).toEqual(metrics);
    expect(wire.sent).toEqual(['photos:offscreen', 'photo:measure', 'photo:measure']);
  });

  it('gives each photo its own reading progress, matched by ticket', async () => {
    const service = createOffscreenPhotoService();
    const seen: number[] = [];
    wire.offscreen.push((_name, { ticket }) => {
      wire.progress!({ ticket: 'someone-else', progress: 0.9 });
      wire.progress!({ ticket: ticket!, progress: 0.4 });
      return { ocr: { text: 'Netto 250 g', lines: [] } };
    });
    const reply = await service.readText('blob:a', (p) => seen.push(p));
    expect(reply).toEqual({ ocr: { text: 'Netto 250 g', lines: [] } });
    expect(seen).toEqual([0.4]);
  });

  it('turns a reply that does not fit the schema into a message for that photo, never a crash', async () => {
    const service = createOffscreenPhotoService();
    wire.offscreen.push(() => ({ metrics: 'lots' }), () => '<script>alert(1)</script>');
    const measured = await service.measure('blob:a');
    expect(measured.metrics).toBeNull();
    expect(measured.error?.en).toBe("Rapi's photo checker could not start. Close this panel and open it again.");
    expect(await service.readText('blob:a')).toEqual({ error: measured.error });
  });

  it('starts the document again when the browser closed it, once per request', async () => {
    const service = createOffscreenPhotoService();
    wire.offscreen.push(() => ({ photo: {}, metrics }));
    await service.measure('blob:a');
    // Closed: the first try finds nobody; the retry starts it again and succeeds.
    wire.offscreen.push(
      () => {
        throw new Error('Receiving end does not exist.');
      },
      () => ({ photo: {}, metrics }),
    );
    expect((await service.measure('blob:b')).metrics).toEqual(metrics);
    expect(wire.sent.filter((n) => n === 'photos:offscreen')).toHaveLength(2);
    // A background that cannot start it (no offscreen API) gives the photo a message.
    wire.ready.push(false, false);
    const failing = createOffscreenPhotoService();
    expect((await failing.measure('blob:c')).error?.id).toContain('Pemeriksa foto Rapi tidak bisa dimulai');
  });
});
