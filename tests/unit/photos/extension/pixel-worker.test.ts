import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPixelTasks } from '../../../../extension/photos/pixel-tasks';
import { PHOTO_LIMITS } from '../../../../extension/photos/limits';
import type { PixelRequest, PixelResponse } from '../../../../extension/photos/pixel-protocol';
import { decodePhoto } from '../../../../shared/photos/decode-node';
import { fixtureBytes } from './helpers';

/**
 * The pixel worker, driven through its message entry point as the photo checker drives it, with the browser's
 * `self` and `fetch` stood in for. It opens only the extension's own blob: addresses, and never more bytes of them
 * than the limit (issue 14).
 */
const ORIGIN = 'chrome-extension://rapiextensionid';
const posted: PixelResponse[] = [];
const fetched: string[] = [];
let answer: (url: string) => Response = () => new Response(new Uint8Array([1]));

beforeAll(async () => {
  vi.stubGlobal('self', { location: { origin: ORIGIN }, onmessage: null, postMessage: (message: PixelResponse) => posted.push(message) });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(String(url));
    return answer(String(url));
  });
  await import('../../../../extension/photos/pixel-worker');
});
afterAll(() => vi.unstubAllGlobals());

let nextId = 1;
async function ask(task: PixelRequest['task'], url: string): Promise<PixelResponse> {
  const id = nextId++;
  const worker = self as unknown as { onmessage: (event: { data: PixelRequest }) => void };
  worker.onmessage({ data: { id, task, url, limits: PHOTO_LIMITS } });
  await vi.waitFor(() => expect(posted.some((p) => p.id === id)).toBe(true));
  return posted.find((p) => p.id === id)!;
}

const errorOf = (response: PixelResponse) => ('reply' in response ? response.reply.error : 'error' in response ? response.error : undefined);

describe('the pixel worker', () => {
  it('refuses web addresses and blob: addresses it did not make, without fetching them', async () => {
    const foreign = [
      'https://evil.example/foto.jpg',
      'http://127.0.0.1:8080/admin',
      'blob:https://shopee.co.id/4f6c2c1e-7f3a-4a7e-9d3c-0d2d1a1b2c3d',
      'blob:chrome-extension://another-extension/4f6c2c1e',
      `blob:${ORIGIN}.evil.example/4f6c2c1e`,
      'data:image/jpeg;base64,/9j/4AAQ',
      'file:///etc/passwd',
    ];
    for (const url of foreign) {
      for (const task of ['measure', 'ocr-image'] as const) {
        const response = await ask(task, url);
        expect(errorOf(response)?.en, `${task} ${url}`).toMatch(/^Unsupported photo address/);
      }
    }
    expect(fetched).toEqual([]);
  });

  it('stops reading its own blob: address past the byte limit', async () => {
    let pulled = 0;
    answer = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled += 1024 * 1024;
            controller.enqueue(new Uint8Array(1024 * 1024));
            if (pulled >= 60 * 1024 * 1024) controller.close();
          },
        }),
      );
    const response = await ask('measure', `blob:${ORIGIN}/4f6c2c1e-big`);
    expect(errorOf(response)?.en).toMatch(/^The photo is too large to check: over 2\d MB \(limit 25 MB\)/);
    expect(pulled).toBeLessThan(30 * 1024 * 1024);
  });
});

describe('the pixel tasks', () => {
  it('fetch and decode a photo once: reading its text takes the grey copy made while measuring', async () => {
    const bytes = fixtureBytes('photos/label-netto-pirt.jpg');
    const log: string[] = [];
    const tasks = createPixelTasks({
      origin: ORIGIN,
      fetch: (async (url: string) => {
        log.push(`fetch ${url}`);
        return new Response(bytes);
      }) as typeof fetch,
      decode: async (input, limits) => {
        log.push('decode');
        return decodePhoto(input, limits);
      },
    });
    const url = `blob:${ORIGIN}/label`;
    const measured = await tasks.handle({ id: 1, task: 'measure', url, limits: PHOTO_LIMITS });
    expect('reply' in measured.response && measured.response.reply.metrics).toBeTruthy();
    expect(tasks.kept()).toBe(1);
    const read = await tasks.handle({ id: 2, task: 'ocr-image', url, limits: PHOTO_LIMITS });
    expect('image' in read.response && read.response.image.width).toBe(1024);
    expect(read.transfer).toHaveLength(1);
    expect(log).toEqual([`fetch ${url}`, 'decode']);
    expect(tasks.kept()).toBe(0);
    // A photo whose copy is gone (the worker was replaced, or the cache had its metrics) is decoded for its text.
    await tasks.handle({ id: 3, task: 'ocr-image', url, limits: PHOTO_LIMITS });
    expect(log).toEqual([`fetch ${url}`, 'decode', `fetch ${url}`, 'decode']);
  });

  it('keeps at most one listing’s worth of grey copies', async () => {
    const bytes = fixtureBytes('photos/product-clean.jpg');
    const tasks = createPixelTasks({ origin: ORIGIN, fetch: (async () => new Response(bytes)) as typeof fetch, decode: decodePhoto });
    for (let i = 0; i < 15; i++) await tasks.handle({ id: i, task: 'measure', url: `blob:${ORIGIN}/${i}`, limits: PHOTO_LIMITS });
    expect(tasks.kept()).toBe(12);
  }, 30_000);
});
