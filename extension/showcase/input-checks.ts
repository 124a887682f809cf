import { describeIssues } from '../../shared/feed/reasons';
import { Curator, ShowcaseItem, type ShowcaseItemInput } from '../../shared/feed/schema';
import type { BilingualText } from '../../shared/i18n/text';
import type { ShowcaseRow } from '../../shared/storage/showcases-table';
import { SHOWCASE_PROBLEMS } from './messages';

/** What a showcase service call gives back: the result, or one bilingual problem (nothing throws). */
export type Result<T> = ({ ok: true } & T) | { ok: false; problem: BilingualText };

export interface ShowcaseInput {
  title: string;
  curator?: { name: string; url?: string };
  hosting?: ShowcaseRow['hosting'];
}

/** Every write is checked against the shared feed schema first, so whatever is stored exports as a valid feed. */
export function checkShowcase(input: ShowcaseInput): Result<{ value: Pick<ShowcaseRow, 'title' | 'curator' | 'hosting'> }> {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (!title) return { ok: false, problem: SHOWCASE_PROBLEMS.showcase({ id: 'judul etalase wajib diisi', en: 'the showcase title is required' }) };
  if (title.length > 120) return { ok: false, problem: SHOWCASE_PROBLEMS.showcase({ id: 'judul etalase terlalu panjang (maks. 120 huruf)', en: 'the showcase title is too long (max 120 characters)' }) };
  let curator: ShowcaseRow['curator'];
  const name = input.curator?.name.trim();
  if (name) {
    const url = input.curator?.url?.trim();
    const parsed = Curator.safeParse(url ? { name, url } : { name }, { reportInput: true });
    if (!parsed.success) {
      const why = describeIssues(parsed.error.issues.map((i) => ({ ...i, path: ['curator', ...i.path] })));
      return { ok: false, problem: SHOWCASE_PROBLEMS.showcase(why) };
    }
    curator = parsed.data;
  }
  return { ok: true, value: { title, curator, hosting: input.hosting } };
}

/** An item exactly as the feed will carry it, or the fields to fix. */
export function checkItem(input: ShowcaseItemInput): Result<{ item: ShowcaseItem }> {
  const parsed = ShowcaseItem.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problem: SHOWCASE_PROBLEMS.item(describeIssues(parsed.error.issues)) };
  return { ok: true, item: parsed.data };
}

/** Drops keys whose value is undefined, so stored rows and exports carry no `"x": undefined`. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
