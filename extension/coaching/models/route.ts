/**
 * The session page's address: `#sesi=<id>` opens a session, `&produk=<listing id>` edits one of its listings,
 * `&laporan=<participant id | sesi | semua>` shows a printable report. Anything else is the list of sessions.
 */
export type Route =
  | { view: 'list' }
  | { view: 'session'; id: string }
  | { view: 'listing'; id: string; listingId: string }
  | { view: 'report'; id: string; who: string };

/** The whole session's report, and every participant's report one after another. */
export const REPORT_SESSION = 'sesi';
export const REPORT_EVERYONE = 'semua';

const ID = /^[\w-]{1,100}$/;

export function routeFromHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('sesi');
  if (!id || id.length > 400) return { view: 'list' };
  const listingId = params.get('produk');
  if (listingId && ID.test(listingId)) return { view: 'listing', id, listingId };
  const who = params.get('laporan');
  if (who && ID.test(who)) return { view: 'report', id, who };
  return { view: 'session', id };
}

export function hashFor(route: Route): string {
  if (route.view === 'list') return '';
  const base = `#sesi=${encodeURIComponent(route.id)}`;
  if (route.view === 'listing') return `${base}&produk=${encodeURIComponent(route.listingId)}`;
  if (route.view === 'report') return `${base}&laporan=${encodeURIComponent(route.who)}`;
  return base;
}
