import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkListing } from '../shared/checks';
import { listingFromRow } from '../shared/listing/from-row';
import { Listing } from '../shared/listing/schema';
import { suggestListing } from '../shared/suggest';
import { median, timeRuns, type Bench } from './lib';

const SAMPLE = path.resolve(import.meta.dirname, '../tests/fixtures/listings/sample-listings.csv');

/**
 * Suggested title and description (shared/suggest) for each of the 1,809 real listings, its report already made (as
 * the CLI and the panel have it). Besides the checklist's own cost: the CLI's json output builds both, text and csv
 * only the title. Wall time on a shared machine; the checklist is timed in the same run to compare.
 */
const bench: Bench = async () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync(SAMPLE, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const items = rows.flatMap((row) => {
    const r = listingFromRow(row);
    if (!r.ok) return [];
    const listing = Listing.parse(r.listing);
    return [{ listing, report: checkListing(listing) }];
  });
  const runs = 5;
  const input = `${items.length.toLocaleString('en')} real listings (listings.csv), 1 core`;
  const rate = (times: number[]) => items.length / (median(times) / 1000);
  const full = await timeRuns(() => items.forEach(({ listing, report }) => suggestListing(listing, { report })), runs);
  const title = await timeRuns(() => items.forEach(({ listing, report }) => suggestListing(listing, { report, only: 'title' })), runs);
  const checks = await timeRuns(() => items.forEach(({ listing }) => checkListing(listing)), runs);
  return [
    { name: 'suggest: title and description per second (report given)', median: rate(full), unit: 'listings/s', input, runs },
    { name: 'suggest: title only per second (report given)', median: rate(title), unit: 'listings/s', input, runs },
    { name: 'checks in the same run, to compare', median: rate(checks), unit: 'listings/s', input, runs },
  ];
};
export default bench;
