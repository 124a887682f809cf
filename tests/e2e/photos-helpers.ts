import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { decodePhoto } from '../../shared/photos/decode-node';
import { DEFAULT_PHOTO_LIMITS } from '../../shared/photos/limits';
import type { ProfileId } from '../../shared/checks/types';
import type { Listing } from '../../shared/listing/schema';
import { runPhotoChecks } from '../../shared/photos/analyze';
import { measurePhoto } from '../../shared/photos/measure';
import { createNodeOcrEngine, ocrPhoto } from '../../shared/photos/ocr/node';
import type { MeasuredPhoto } from '../../shared/photos/check-types';
import type { PhotoFinding } from '../../shared/photos/types';
import { FIXTURES } from './extension-helpers';

/** Helpers for the photo-check e2e tests: the marketplace's photo CDN served from fixture files. */

export const CDN = 'https://down-id.img.susercontent.com';
export const cdnUrl = (id: string) => `${CDN}/file/id-11134207-7r98o-${id}`;

/** What one CDN address answers: a fixture file, a status, or bytes made by the test. */
export type CdnAnswer = { file: string } | { status: number } | { body: Buffer; contentType: string };

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif' };

/**
 * Serves Shopee's photo CDN: the file id (without Shopee's `@resize_…` suffix) picks the answer; any other
 * address is a 404. Returns the list of photo addresses asked for, to count downloads.
 */
export async function serveCdn(context: BrowserContext, answers: Record<string, CdnAnswer>): Promise<string[]> {
  const asked: string[] = [];
  await context.route(`${CDN}/**`, async (route) => {
    const url = route.request().url();
    asked.push(url);
    const id = /\/file\/id-11134207-7r98o-([\w]+)/.exec(url)?.[1];
    const answer = id ? answers[id] : undefined;
    if (!answer) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
    if ('status' in answer) return route.fulfill({ status: answer.status, contentType: 'text/plain', body: 'no' });
    if ('body' in answer) return route.fulfill({ status: 200, contentType: answer.contentType, body: answer.body });
    const file = path.join(FIXTURES, answer.file);
    return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  return asked;
}

/** Waits until every photo card in the panel is done or failed; returns how many cards there are. */
export async function waitForPhotoChecks(panel: Page, expected: number, timeout = 60_000): Promise<void> {
  const summary = panel.getByTestId('photo-checks-summary');
  await summary.waitFor({ timeout });
  await panel.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-testid="photo-checks-summary"]');
      return el?.getAttribute('data-total') === String(n) && el.getAttribute('data-done') === String(n);
    },
    expected,
    { timeout },
  );
}

/** A photo as the extension gets it: a fixture file or bytes; `sellerFile` when it is the seller's own file (dropped). */
export type ExpectedPhoto = string | { bytes: Buffer; sellerFile: boolean };

/** What the extension should find on photos, computed in Node with the CLI's decoder and the same OCR data. */
export async function expectedPhotoFindings(photos: readonly ExpectedPhoto[], listing: Listing, profile: ProfileId): Promise<PhotoFinding[]> {
  const engine = await createNodeOcrEngine();
  try {
    const measured: MeasuredPhoto[] = [];
    for (const [index, given] of photos.entries()) {
      const { bytes, sellerFile } = typeof given === 'string' ? { bytes: readFileSync(path.join(FIXTURES, given)), sellerFile: false } : given;
      const { pixels, photo: decoded } = await decodePhoto(bytes, DEFAULT_PHOTO_LIMITS);
      const { bytes: _bytes, mime: _mime, ...facts } = decoded;
      const ocr = await ocrPhoto(pixels, { engine });
      // A photo from the marketplace's CDN: its format and byte size are the marketplace's, not judged.
      measured.push({ index, photo: sellerFile ? decoded : facts, metrics: measurePhoto(pixels), ocr });
    }
    return runPhotoChecks(profile, measured, listing);
  } finally {
    await engine.terminate();
  }
}

/** What a photo card in the panel shows, read from its DOM. */
export interface ShownCard {
  index: number;
  stage: string;
  fromCache: boolean;
  checks: string[];
  boxes: Record<string, number>;
  problem: string | null;
  label: string | null;
}

export function shownCards(panel: Page): Promise<ShownCard[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="photo-card"]')].map((card) => {
      const boxes: Record<string, number> = {};
      for (const box of card.querySelectorAll<HTMLElement>('.photo-box')) boxes[box.dataset.check!] = (boxes[box.dataset.check!] ?? 0) + 1;
      return {
        index: Number(card.dataset.index),
        stage: card.dataset.stage!,
        fromCache: card.dataset.fromCache === 'true',
        checks: [
          ...[...card.querySelectorAll<HTMLElement>('.photo-findings [data-check]')].map((li) => li.dataset.check!),
          ...(card.querySelector('[data-testid="label-suggestion"]') ? ['photo-label-specifics'] : []),
        ].sort(),
        boxes,
        problem: card.querySelector('[data-testid="photo-problem"]')?.textContent ?? null,
        label: card.querySelector('[data-testid="label-suggestion"]')?.textContent ?? null,
      };
    }),
  );
}
