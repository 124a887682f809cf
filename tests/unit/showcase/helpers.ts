import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Listing, type ListingInput } from '../../../shared/listing/schema';
import { createShowcaseService } from '../../../extension/showcase/service';
import { fakeIndexedDB, freshDB, type FakeIDB } from '../storage/helpers';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export function fixtureText(relative: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures', relative), 'utf8');
}

export function listing(input: ListingInput): Listing {
  return Listing.parse(input);
}

/** A showcase service over a fresh fake IndexedDB, with a clock and ids the test controls. */
export function freshShowcases(idb: FakeIDB = fakeIndexedDB()) {
  const clock = { now: Date.UTC(2026, 10, 20, 2, 0, 0) };
  let n = 0;
  const db = freshDB(idb);
  const service = createShowcaseService(db, { now: () => clock.now, newId: () => `id-${++n}` });
  return { db, service, clock, idb };
}
