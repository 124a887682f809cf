import { signal } from '@preact/signals';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import { decodePhoto } from '../../../shared/photos/decode-node';
import { nodeFixPlatform } from '../../../shared/photos/fix/render-node';
import { ocrFromLines } from '../../../shared/photos/ocr/types';
import { PROBLEMS } from '../../../shared/photos/problems';
import type { OcrModel } from '../../../web/ocr/model';
import { createPhonePhotoChecks } from '../../../web/photos/checks';
import { createPhoneFixer, fixedName } from '../../../web/photos/fixer';
import { createPhotoTasks } from '../../../web/photos/photo-tasks';
import * as runner from '../../../web/photos/run';
import { createPhotoWorkerClient, type PhotoWorkerLike } from '../../../web/photos/worker-client';
import type { PhotoWorkRequest } from '../../../web/photos/worker-protocol';
import { until } from '../helpers/wait';

/** The photo worker's real tasks (Node's decoder and canvas) behind a stand-in Worker; counts what it was asked. */
function nodeWorker(options: { silent?: boolean } = {}) {
  const handle = createPhotoTasks({ decode: decodePhoto, platform: nodeFixPlatform });
  const asked: PhotoWorkRequest['task'][] = [];
  let terminated = 0;
  const spawn = (): PhotoWorkerLike => {
    const worker: PhotoWorkerLike = {
      onmessage: null,
      postMessage(message) {
        asked.push(message.task);
        if (options.silent) return;
        void handle(message).then(({ response }) => worker.onmessage?.({ data: response } as MessageEvent));
      },
      terminate: () => void terminated++,
    };
    return worker;
  };
  return { spawn, asked, terminated: () => terminated };
}

const widePhoto = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#9a9a9a' } })
    .composite([{ input: { create: { width: 300, height: 400, channels: 3, background: '#5a3a1a' } }, left: 650, top: 250 }])
    .jpeg()
    .toBuffer()
    .then((b) => new File([new Uint8Array(b)], 'kopi.jpg', { type: 'image/jpeg' }));

/** A text reader already downloaded, whose engine answers `read` (or throws). */
function readyOcr(read: () => Promise<ReturnType<typeof ocrFromLines>>) {
  const cannotRun = vi.fn();
  const recognize = vi.fn(read);
  const model = { state: signal('ready'), engine: () => ({ recognize, terminate: async () => {}, running: () => true }), cannotRun };
  return { model: model as unknown as OcrModel, recognize, cannotRun };
}

function rig(ocr: OcrModel | null = null, worker = nodeWorker()) {
  const listing = signal(Listing.parse({ marketplace: 'shopee', title: 'Kopi Bubuk Robusta Lampung 200 gr' }));
  const files = signal<readonly Blob[] | undefined>(undefined);
  const ocrSignal = signal<OcrModel | null>(ocr);
  const client = createPhotoWorkerClient(worker.spawn);
  const checks = createPhonePhotoChecks({ listing, files, ocr: ocrSignal, loadRunner: async () => runner, worker: () => client });
  return { listing, files, ocr: ocrSignal, checks, worker, client };
}

describe('photo checks on the phone', () => {
  it('measures each photo in the worker and puts its findings in the listing\'s checks (no text reader: pixel checks alone)', async () => {
    const { files, checks, worker } = rig();
    files.value = [await widePhoto()];
    await until(() => checks.photos.value[0]?.stage.value === 'done', 10_000);
    expect(worker.asked).toEqual(['measure']);
    expect(checks.measuredIndexes.value).toEqual([0]);
    expect(checks.findings.value.map((f) => f.checkId)).toContain('photo-aspect-ratio');
    checks.dispose();
  });

  it('reads the text once the reader arrives, reusing the measured result (decoded once more for the reader\'s grey copy)', async () => {
    const { files, checks, worker, ocr } = rig();
    files.value = [await widePhoto()];
    await until(() => checks.photos.value[0]?.stage.value === 'done', 10_000);
    const reader = readyOcr(async () => ocrFromLines(['Pesan WA 0812 3456 7890']));
    ocr.value = reader.model;
    await until(() => checks.findings.value.some((f) => f.checkId === 'photo-contact-details'), 10_000);
    // The remembered result was reused; the grey copy for the reader was made once more.
    expect(worker.asked).toEqual(['measure', 'measure']);
    expect(reader.recognize).toHaveBeenCalledTimes(1);
    checks.dispose();
  });

  it('says when the text reader cannot run, and keeps the pixel checks', async () => {
    const reader = readyOcr(async () => {
      throw new Error('out of memory');
    });
    const { files, checks } = rig(reader.model);
    files.value = [await widePhoto()];
    await until(() => checks.photos.value[0]?.stage.value === 'done', 10_000);
    expect(reader.cannotRun).toHaveBeenCalled();
    expect(checks.photos.value[0]!.ocrProblem.value).toEqual(PROBLEMS.ocrUnavailable);
    expect(checks.findings.value.map((f) => f.checkId)).toContain('photo-aspect-ratio');
    checks.dispose();
  });

  it('names a photo that is no photo, and checks the others', async () => {
    const { files, checks } = rig();
    files.value = [new File([new TextEncoder().encode('<script>alert(1)</script>')], 'x.jpg', { type: 'image/jpeg' }), await widePhoto()];
    await until(() => checks.photos.value.every((p) => p.stage.value === 'done' || p.stage.value === 'failed'), 10_000);
    expect(checks.photos.value[0]!.stage.value).toBe('failed');
    expect(checks.photos.value[0]!.problem.value?.id).toBeTruthy();
    expect(checks.photos.value[1]!.stage.value).toBe('done');
    checks.dispose();
  });
});

describe('the photo worker on a phone', () => {
  it('is stopped when idle, and a worker that does not answer is stopped with a message', async () => {
    vi.useFakeTimers();
    try {
      const quiet = nodeWorker({ silent: true });
      const client = createPhotoWorkerClient(quiet.spawn, 1000);
      const answer = client.measure(new Uint8Array(10));
      await vi.advanceTimersByTimeAsync(31_000);
      expect((await answer).reply.error).toEqual(PROBLEMS.measureTimedOut(30));
      expect(quiet.terminated()).toBe(1);
      expect(client.running()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    const working = nodeWorker();
    const client = createPhotoWorkerClient(working.spawn, 50);
    await client.measure(new Uint8Array(await (await widePhoto()).arrayBuffer()));
    expect(client.running()).toBe(true);
    await until(() => !client.running(), 2000);
    expect(working.terminated()).toBe(1);
  });
});

describe('"Perbaiki foto" on the phone', () => {
  it('makes a square copy whose checks clear the shape, ready to save; shares it where the browser can', async () => {
    const { files, checks, listing } = rig();
    const shared: File[][] = [];
    let answer: 'ok' | 'cancel' = 'ok';
    const share = {
      canShare: (data?: ShareData) => Boolean(data?.files?.length),
      share: async (data?: ShareData) => {
        if (answer === 'cancel') throw new DOMException('cancelled', 'AbortError');
        shared.push([...(data?.files ?? [])]);
      },
    };
    const fixer = createPhoneFixer({ checks, listing, share, toUrl: () => 'blob:fixed', revokeUrl: () => {} });
    files.value = [await widePhoto()];
    await until(() => checks.photos.value[0]?.stage.value === 'done', 10_000);
    const photo = checks.photos.value[0]!;
    expect(fixer.offers(photo, checks.findings.value)).toBe(true);
    await fixer.fix(photo);
    const state = fixer.stateOf(photo).value;
    if (state.stage !== 'done') throw new Error(`not fixed: ${JSON.stringify(state)}`);
    expect(state.file.name).toBe('kopi-rapi.jpg');
    const meta = await sharp(new Uint8Array(await state.file.arrayBuffer())).metadata();
    expect(meta.width).toBe(meta.height);
    expect(runner.comparedFindings(state.outcome).find((c) => c.finding.checkId === 'photo-aspect-ratio')?.after).toBe('cleared');
    expect(await fixer.share(state.file)).toBe('shared');
    expect(shared[0]!.map((f) => f.name)).toEqual(['kopi-rapi.jpg']);
    answer = 'cancel';
    expect(await fixer.share(state.file)).toBe('cancelled');
    const used: Array<[number, string]> = [];
    const withDraft = createPhoneFixer({ checks, listing, use: async (index, file) => void used.push([index, file.name]) });
    await withDraft.useInDraft(photo, state.file);
    expect(used).toEqual([[0, 'kopi-rapi.jpg']]);
    expect(withDraft.used.value).toEqual({ index: 0, file: state.file });
    const noSheet = createPhoneFixer({ checks, listing, share: { share: async () => {}, canShare: () => false } });
    expect(await noSheet.share(state.file)).toBe('unsupported');
    checks.dispose();
  });

  it('names the copy after the seller\'s file, or by its place', () => {
    expect(fixedName({ file: new File([], 'Foto Kopi (1).JPEG'), index: 0 })).toBe('Foto-Kopi-1-rapi.jpg');
    expect(fixedName({ file: new Blob([]), index: 2 })).toBe('foto-3-rapi.jpg');
  });
});
