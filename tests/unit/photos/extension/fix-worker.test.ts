import { describe, expect, it } from 'vitest';
import { createFixClient, type FixWorkerLike } from '../../../../extension/photos/fix-client';
import type { FixRequest, FixResponse } from '../../../../extension/photos/fix-protocol';
import { createFixTasks } from '../../../../extension/photos/fix-tasks';
import { nodeFixPlatform } from '../../../../shared/photos/fix/render-node';
import { fixtureBytes } from './helpers';

const ORIGIN = 'chrome-extension://rapiextensionid';

describe('the photo fixer’s worker tasks', () => {
  it('fixes the photo behind the panel’s own blob: address and hands the JPEG over', async () => {
    const bytes = fixtureBytes('photos-extension/black-frame.jpg');
    const fetched: string[] = [];
    const handle = createFixTasks({
      origin: ORIGIN,
      platform: nodeFixPlatform,
      fetch: (async (url: string) => {
        fetched.push(url);
        return new Response(bytes);
      }) as typeof fetch,
    });
    const { response, transfer } = await handle({ id: 4, url: `blob:${ORIGIN}/abc` });
    expect('fixed' in response && response.fixed.plan.frame).toBe('black');
    expect('fixed' in response && response.fixed.photo.mime).toBe('image/jpeg');
    expect(transfer).toHaveLength(1);
    expect(fetched).toEqual([`blob:${ORIGIN}/abc`]);
  });

  it('opens nothing but the extension’s own blob: addresses, and says why a photo cannot be fixed', async () => {
    const fetched: string[] = [];
    const handle = createFixTasks({
      origin: ORIGIN,
      platform: nodeFixPlatform,
      fetch: (async (url: string) => {
        fetched.push(url);
        return new Response(new TextEncoder().encode('bukan foto'));
      }) as typeof fetch,
    });
    for (const url of ['https://evil.example/a.jpg', 'blob:https://shopee.co.id/abc', `blob:${ORIGIN}.evil/abc`]) {
      const { response } = await handle({ id: 1, url });
      expect('error' in response && response.error.en, url).toMatch(/^Unsupported photo address/);
    }
    expect(fetched).toEqual([]);
    const { response } = await handle({ id: 2, url: `blob:${ORIGIN}/text` });
    expect('error' in response && response.error.en).toBe('This file is not a recognised photo (not JPG, PNG, WEBP or GIF).');
  });
});

describe('the panel’s fixer client', () => {
  function fakeWorker(answer: (request: FixRequest) => FixResponse | null) {
    const log: string[] = [];
    const spawn = (): FixWorkerLike => {
      const worker: FixWorkerLike = {
        onmessage: null,
        postMessage(request) {
          log.push(`fix ${request.url}`);
          const response = answer(request);
          if (response) setTimeout(() => worker.onmessage?.({ data: response } as MessageEvent<FixResponse>), 5);
        },
        terminate: () => log.push('terminated'),
      };
      log.push('spawned');
      return worker;
    };
    return { spawn, log };
  }

  it('fixes one photo at a time, and stops a worker that does not answer in time', async () => {
    const { spawn, log } = fakeWorker((r) => (r.url.endsWith('stuck') ? null : { id: r.id, error: { id: 'x', en: 'y' } }));
    const client = createFixClient(spawn, 200);
    const [stuck, fine] = await Promise.all([client.fix('blob:a/stuck'), client.fix('blob:a/fine')]);
    expect('error' in stuck && stuck.error.en).toBe('Rapi could not fix this photo in time (over 0 seconds). Try again, or make the photo smaller first.');
    expect('error' in fine && fine.error.en).toBe('y');
    expect(log).toEqual(['spawned', 'fix blob:a/stuck', 'terminated', 'spawned', 'fix blob:a/fine']);
    client.dispose();
  });
});
