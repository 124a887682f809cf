import type { QrPreference } from '../../../shared/embed/qr-link';

export type PrintLayout = 'cards4' | 'cards8' | 'poster';

/** Where "Etalase saya" is: the list, one showcase, or its print view. */
export type Route =
  | { view: 'list' }
  | { view: 'showcase'; id: string }
  | { view: 'print'; id: string; layout: PrintLayout; qr: QrPreference };

const LAYOUTS: readonly PrintLayout[] = ['cards4', 'cards8', 'poster'];

/** #/s/<id>, #/print/<id>/<layout>/<qr>; anything else is the list. */
export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return '';
    }
  });
  if (parts[0] === 's' && parts[1]) return { view: 'showcase', id: parts[1] };
  if (parts[0] === 'print' && parts[1]) {
    const layout = LAYOUTS.find((l) => l === parts[2]) ?? 'cards4';
    return { view: 'print', id: parts[1], layout, qr: parts[3] === 'whatsapp' ? 'whatsapp' : 'buy' };
  }
  return { view: 'list' };
}

export function hashFor(route: Route): string {
  if (route.view === 'showcase') return `#/s/${encodeURIComponent(route.id)}`;
  if (route.view === 'print') return `#/print/${encodeURIComponent(route.id)}/${route.layout}/${route.qr}`;
  return '#/';
}
