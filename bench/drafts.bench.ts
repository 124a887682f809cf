import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { listingFromRow } from '../shared/listing/from-row';
import { Listing } from '../shared/listing/schema';
import { listingScore, listingWords } from '../shared/storage/derive';
import type { DraftRow } from '../shared/storage/drafts-table';
import type { RevisionRow } from '../shared/storage/revisions-table';
import type { DraftService } from '../shared/drafts/service';
import { extensionUrl, launchWithExtension } from '../tests/e2e/harness';
import { median, type Bench, type BenchFigure } from './lib';

/**
 * Drafts in real Chromium with the built extension (run `npm run build` first): the time to save a draft, and to
 * list the first page of 10,000 drafts that have 20 revisions each. Everything is timed inside the drafts page
 * with performance.now(), against the real IndexedDB, through the same service the pages use.
 */

const SAMPLE = path.resolve(import.meta.dirname, '../tests/fixtures/listings/sample-listings.csv');
const DRAFTS = 10_000;
const REVISIONS = 20;
const DAY = 86_400_000;
const CHUNK = 250;

type Globals = { rapiDrafts: { service: DraftService } };

function realListings(): Listing[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(SAMPLE, 'utf8'), { header: true, skipEmptyLines: true }).data;
  return rows.flatMap((row) => {
    const result = listingFromRow(row);
    return result.ok ? [Listing.parse(result.listing)] : [];
  });
}

/**
 * 10,000 drafts from the 1,809 real listings (cycled), each with 20 revisions, one per day as compaction leaves
 * them: the title grows towards the final one, as a seller edits it. Derived fields come from the same code the
 * extension uses.
 */
function* seedChunks(listings: Listing[], now: number): Generator<{ drafts: DraftRow[]; revisions: RevisionRow[] }> {
  let drafts: DraftRow[] = [];
  let revisions: RevisionRow[] = [];
  for (let i = 0; i < DRAFTS; i++) {
    const base = listings[i % listings.length]!;
    const id = base.marketplace === 'shopee' ? `shopee:item:${100000 + i}` : `manual:bench-${i}`;
    const start = now - (REVISIONS + (i % 30)) * DAY;
    let last: Listing = base;
    for (let rev = 1; rev <= REVISIONS; rev++) {
      const words = base.title.split(' ');
      const title = words.slice(0, Math.max(1, Math.round((words.length * rev) / REVISIONS))).join(' ');
      last = { ...base, title: rev === REVISIONS ? base.title : title };
      revisions.push({ id: `${id}#${rev}`, draftId: id, rev, listing: last, savedAt: start + rev * DAY, kind: rev === 1 ? 'created' : 'edit', score: listingScore(last) });
    }
    drafts.push({
      id, listing: last, original: base, rev: REVISIONS, createdAt: start + DAY, updatedAt: start + REVISIONS * DAY,
      score: listingScore(last), originalScore: listingScore(base), words: listingWords(last), trashed: 0, conflicts: [],
    });
    if (drafts.length === CHUNK) {
      yield { drafts, revisions };
      drafts = [];
      revisions = [];
    }
  }
  if (drafts.length) yield { drafts, revisions };
}

async function seed(page: Page, listings: Listing[]): Promise<void> {
  for (const chunk of seedChunks(listings, Date.now())) {
    await page.evaluate(async ({ drafts, revisions }) => {
      const { db } = (globalThis as unknown as Globals).rapiDrafts.service;
      await db.transaction('rw', db.drafts, db.revisions, async () => {
        await db.drafts.bulkPut(drafts);
        await db.revisions.bulkPut(revisions);
      });
    }, chunk);
  }
}

/** Times `what` inside the page `runs` times after one warm-up; returns the milliseconds of each run. */
function timeInPage(page: Page, what: 'list-updated' | 'list-score' | 'search' | 'count' | 'save', runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ what, runs }) => {
      const { service } = (globalThis as unknown as Globals).rapiDrafts;
      const key = 'shopee:item:105000';
      let rev = (await service.findDraft(key))?.rev ?? 0;
      const base = (await service.findDraft(key))?.listing ?? { marketplace: 'shopee' as const, title: 'Kopi' };
      let n = 0;
      const step = async () => {
        if (what === 'list-updated') return service.listDrafts({ sort: 'updated', limit: 50 });
        if (what === 'list-score') return service.listDrafts({ sort: 'score-low', limit: 50 });
        if (what === 'search') return service.listDrafts({ query: 'kopi', limit: 50 });
        if (what === 'count') return service.countDrafts();
        const result = await service.saveDraft({ key, listing: { ...base, title: `${base.title} ${++n}` }, baseRev: rev, editorId: 'bench' });
        if (result.status !== 'saved') throw new Error('bench save was refused');
        rev = result.rev;
        return result;
      };
      await step();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await step();
        times.push(performance.now() - start);
      }
      return times;
    },
    { what, runs },
  );
}

const bench: Bench = async () => {
  const listings = realListings();
  const browser = await launchWithExtension();
  try {
    // A draft address that does not exist: the page opens without a live list, so seeding is not slowed by it.
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'drafts.html#draft=manual:bench-none'));
    await page.waitForFunction(() => 'rapiDrafts' in globalThis);
    // tsx names functions with a helper (__name) that exists only in Node; give the page a no-op twin.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const seedStart = performance.now();
    await seed(page, listings);
    const seedSeconds = ((performance.now() - seedStart) / 1000).toFixed(0);
    const counts = await page.evaluate(async () => {
      const { db } = (globalThis as unknown as Globals).rapiDrafts.service;
      return { drafts: await db.drafts.count(), revisions: await db.revisions.count() };
    });
    if (counts.drafts !== DRAFTS || counts.revisions !== DRAFTS * REVISIONS) throw new Error(`seeded ${JSON.stringify(counts)}`);
    const input = `${DRAFTS.toLocaleString('en')} drafts × ${REVISIONS} revisions (${listings.length.toLocaleString('en')} real listings cycled), Chromium IndexedDB, seeded in ${seedSeconds} s`;

    const figures: BenchFigure[] = [];
    const add = (name: string, times: number[], target?: string) =>
      figures.push({ name, median: median(times), unit: 'ms', input, runs: times.length, target });
    add('drafts: save a draft (one revision)', await timeInPage(page, 'save', 200), '≤ 10 ms');
    add('drafts: first page (50) of the list, last edited first', await timeInPage(page, 'list-updated', 30), '≤ 50 ms');
    add('drafts: first page (50) of the list, lowest score first', await timeInPage(page, 'list-score', 30), '≤ 50 ms');
    add('drafts: search "kopi" (matches a quarter of the drafts), first page (50)', await timeInPage(page, 'search', 10));
    add('drafts: count all drafts (shown after the first page, never blocking it)', await timeInPage(page, 'count', 10));
    return figures;
  } finally {
    await browser.close();
  }
};

export default bench;
