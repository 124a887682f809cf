import { describeSkipped, type SkippedItem } from '../../shared/feed/parse-core';
import { parseFeedText } from '../../shared/feed/parse';
import type { ShowcaseFeed } from '../../shared/feed/schema';
import { bi, type BilingualText } from '../../shared/i18n/text';

/** Far above a real showcase (5,000 items is about 3 MB), the same ceiling the widget keeps. */
export const MAX_FEED_BYTES = 12 * 1024 * 1024;

export type ReadFeed = { ok: true; feed: ShowcaseFeed; skipped: SkippedItem[] } | { ok: false; problem: BilingualText };

const NOTHING_CHANGED = bi('Tidak ada yang diubah.', 'Nothing was changed.');

function refuse(why: BilingualText): ReadFeed {
  return {
    ok: false,
    problem: bi(`Feed ini tidak bisa diimpor. ${why.id} ${NOTHING_CHANGED.id}`, `This feed cannot be imported. ${why.en} ${NOTHING_CHANGED.en}`),
  };
}

/**
 * Reads a feed file a curator chose (an etalase.json made by Rapi or by hand). Never throws: an empty, broken,
 * foreign or newer file gives one bilingual problem and nothing is changed. Items the schema refuses are left
 * out and named; the rest can be curated.
 */
export async function readFeedFile(input: Blob | string): Promise<ReadFeed> {
  let text: string;
  try {
    if (typeof input !== 'string' && input.size > MAX_FEED_BYTES) return refuse(bi('File ini terlalu besar (lebih dari 12 MB).', 'This file is too big (over 12 MB).'));
    text = typeof input === 'string' ? input : await input.text();
  } catch {
    return refuse(bi('File ini tidak bisa dibaca.', 'This file could not be read.'));
  }
  if (text.length > MAX_FEED_BYTES) return refuse(bi('File ini terlalu besar (lebih dari 12 MB).', 'This file is too big (over 12 MB).'));
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return refuse(bi('File ini kosong.', 'This file is empty.'));
  if (/^\s*\{\s*"format"\s*:\s*"rapi-export"/.test(text)) {
    return refuse(
      bi(
        'Ini file cadangan data Rapi, bukan feed etalase. Impor file ini di halaman Draf saya.',
        'This is a Rapi data backup, not a showcase feed. Import it on the My drafts page.',
      ),
    );
  }
  const result = parseFeedText(text);
  if (!result.ok) return refuse(result.error);
  return { ok: true, feed: result.feed, skipped: result.skipped };
}

/** One line per skipped item, at most `max`, for the message after an import. */
export function skippedLines(skipped: readonly SkippedItem[], max = 5): BilingualText[] {
  const lines = skipped.slice(0, max).map(describeSkipped);
  if (skipped.length > max) lines.push(bi(`…dan ${skipped.length - max} barang lain.`, `…and ${skipped.length - max} more items.`));
  return lines;
}
