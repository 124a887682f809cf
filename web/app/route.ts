import { isDraftKey } from '../../shared/storage/draft-keys';
import type { DraftKey } from '../../shared/drafts/types';

/**
 * Where the phone page is: checking a listing (a draft, or a new one not saved yet), or the list of drafts.
 * `#draft=<key>` is the same address "Draf saya" uses in the extension; `#drafts` is the list.
 */
export type PhoneRoute = { screen: 'check'; key?: DraftKey } | { screen: 'drafts' };

export function routeFromHash(hash: string): PhoneRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.has('drafts')) return { screen: 'drafts' };
  const key = params.get('draft');
  return key && isDraftKey(key) ? { screen: 'check', key } : { screen: 'check' };
}

export function hashFor(route: PhoneRoute): string {
  if (route.screen === 'drafts') return '#drafts';
  return route.key ? `#draft=${encodeURIComponent(route.key)}` : '';
}
