/**
 * The standalone page's own script (shared/embed/page.ts puts it after the widget): answers each card's
 * "Pindai untuk beli" with the QR code of that card's buy link, in a modal dialog a visitor closes with the
 * button, Esc or a tap outside. The code is made on the device when asked; the page needs no network.
 */
import { QUIET_ZONE, qrMatrix, qrPath } from '../../shared/embed/qr';
import type { LinkKind } from '../../shared/feed/links';
import { h } from '../dom';
import { QR_EVENT, type QrRequest } from '../qr-event';

const COPY = {
  id: {
    title: 'Pindai untuk beli',
    hint: (place: string) => `Arahkan kamera ponsel Anda ke kode ini. Kode ini membuka ${place}.`,
    label: (name: string) => `Kode QR untuk ${name}`,
    close: 'Tutup',
    website: 'situs penjual',
  },
  en: {
    title: 'Scan to buy',
    hint: (place: string) => `Point your phone's camera at this code. It opens ${place}.`,
    label: (name: string) => `QR code for ${name}`,
    close: 'Close',
    website: "the seller's website",
  },
};
const PLACES: Partial<Record<LinkKind, string>> = { shopee: 'Shopee', tokopedia: 'Tokopedia', whatsapp: 'WhatsApp', instagram: 'Instagram' };
const SVG = 'http://www.w3.org/2000/svg';

function qrSvg(href: string, label: string): SVGSVGElement {
  const matrix = qrMatrix(href);
  const side = matrix.size + 2 * QUIET_ZONE;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  // White behind the code, whatever the page's colours: cameras need the contrast and the quiet zone.
  const paper = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [['width', side], ['height', side], ['fill', '#fff']]) paper.setAttribute(String(name), String(value));
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', qrPath(matrix));
  modules.setAttribute('fill', '#000');
  svg.append(paper, modules);
  return svg;
}

let dialog: HTMLDialogElement | undefined;

function showQr(request: QrRequest, lang: 'id' | 'en'): void {
  // Only links the widget itself would open; anything else on the page could fire the event.
  if (!/^https:\/\//.test(request.href)) return;
  const copy = COPY[lang];
  if (!dialog) {
    dialog = h('dialog', { class: 'qr-dialog', 'aria-labelledby': 'qr-title' });
    // A tap on the backdrop lands on the dialog itself: close, as visitors expect.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    document.body.append(dialog);
  }
  const close = h('button', { type: 'button', onclick: () => dialog!.close() }, copy.close);
  dialog.lang = lang;
  dialog.replaceChildren(
    h('h2', { id: 'qr-title' }, copy.title),
    h('p', null, request.name),
    qrSvg(request.href, copy.label(request.name)),
    h('p', { class: 'where' }, copy.hint(PLACES[request.kind] ?? copy.website)),
    close,
  );
  if (!dialog.open) dialog.showModal();
  close.focus();
}

document.addEventListener(QR_EVENT, (event) => {
  const host = event.target as Element;
  showQr((event as CustomEvent<QrRequest>).detail, host.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ? 'en' : 'id');
});
