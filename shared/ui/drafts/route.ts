import { isDraftKey } from '../../storage/draft-keys';
import type { DraftKey } from '../../drafts/types';

/** Where "Draf saya" is: the list, or one draft. */
export type Route = { view: 'list' } | { view: 'draft'; key: DraftKey };

/** `#draft=<key>` opens one draft; anything else is the list. */
export function routeFromHash(hash: string): Route {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get('draft');
  return raw && isDraftKey(raw) ? { view: 'draft', key: raw } : { view: 'list' };
}

export function hashFor(route: Route): string {
  return route.view === 'draft' ? `#draft=${encodeURIComponent(route.key)}` : '';
}
