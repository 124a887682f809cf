// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { QR_EVENT, type QrRequest } from '../../../widget/qr-event';
import { demoFeed, widgetParser } from './feed-for-tests';

vi.mock('../../../widget/feed-parser', () => widgetParser);

beforeAll(async () => {
  await import('../../../widget/main');
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function mount(attributes = '', feed: object = demoFeed(), wrap = (html: string) => html): Promise<ShadowRoot> {
  const json = JSON.stringify(feed).replaceAll('</', '<\\/');
  document.body.innerHTML = wrap(`<rapi-etalase ${attributes}><script type="application/json">${json}</script></rapi-etalase>`);
  const el = document.body.querySelector('rapi-etalase')!;
  await vi.waitFor(() => expect(el.shadowRoot?.querySelector('.card, .notice')).toBeTruthy());
  return el.shadowRoot!;
}

const cardNamed = (root: ShadowRoot, name: string) => [...root.querySelectorAll('.card')].find((c) => c.querySelector('.name')?.textContent === name)!;

describe('a compact card', () => {
  it('has one buy button; the other places sit behind "Beli di…", each named for screen readers', async () => {
    const root = await mount();
    for (const card of root.querySelectorAll('.card')) expect(card.querySelectorAll('.actions > a').length).toBeLessThanOrEqual(1);
    const kopi = cardNamed(root, 'Kopi Arabika Bukit Kuru 250 gr Biji Sangrai');
    expect(kopi.querySelector('.actions > a.btn')!.textContent).toBe('Beli di Shopee: Kopi Arabika Bukit Kuru 250 gr Biji Sangrai (tab baru)');
    const other = kopi.querySelector('details')!;
    expect(other.open).toBe(false);
    expect(other.querySelector('summary')!.textContent).toBe('Beli di…: Kopi Arabika Bukit Kuru 250 gr Biji Sangrai');
    expect([...other.querySelectorAll('a')].map((a) => [a.firstChild!.textContent, a.getAttribute('part')])).toEqual([
      ['Beli di Tokopedia', 'link tokopedia'],
      ['Pesan via WhatsApp', 'link whatsapp'],
    ]);
    // Every link is a button or a menu item: no bare underlined link beside the buttons.
    for (const a of root.querySelectorAll('.card a')) expect(a.matches('.btn, .link')).toBe(true);
    // A product with a single place to buy has no menu at all.
    expect(cardNamed(root, 'Gula Semut Aren Organik 250 gr').querySelector('details')).toBeNull();
  });

  it('an item out of stock says "Stok habis" and its button asks on WhatsApp', async () => {
    const root = await mount();
    const card = cardNamed(root, 'Gula Aren Cair 500 ml');
    expect(card.classList.contains('out')).toBe(true);
    expect(card.querySelector('.stock')!.textContent).toBe('Stok habis');
    const button = card.querySelector('.actions > a.btn')!;
    expect(button.classList.contains('whatsapp')).toBe(true);
    expect(button.firstChild!.textContent).toBe('Tanya via WhatsApp');
    expect([...card.querySelectorAll('details a')].map((a) => a.getAttribute('part'))).toEqual(['link shopee', 'link tokopedia']);
    root.host.setAttribute('lang', 'en');
    expect(cardNamed(root, 'Gula Aren Cair 500 ml').querySelector('.stock')!.textContent).toBe('Out of stock');
  });

  it('offers "Pindai untuk beli" only with the qr attribute, and tells the page which link to encode', async () => {
    let root = await mount();
    expect(root.querySelector('.qr')).toBeNull();
    root = await mount('qr');
    const requests: QrRequest[] = [];
    document.addEventListener(QR_EVENT, (e) => requests.push((e as CustomEvent<QrRequest>).detail), { once: true });
    const card = cardNamed(root, 'Gula Aren Cair 500 ml');
    (card.querySelector('.qr') as HTMLButtonElement).click();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ id: 'gula-aren-cair-500', name: 'Gula Aren Cair 500 ml', kind: 'whatsapp' });
    expect(requests[0]!.href).toBe(card.querySelector('.actions > a.btn')!.getAttribute('href'));
    root.host.setAttribute('qr', 'off');
    expect(root.querySelector('.qr')).toBeNull();
  });
});

describe('the empty search', () => {
  it('with "Semua" on, asks for other words only; in a category, suggests "Semua" too', async () => {
    const root = await mount();
    const search = root.querySelector('.search') as HTMLInputElement;
    search.value = 'tidak ada yang seperti ini';
    search.dispatchEvent(new Event('input'));
    const empty = root.querySelector('.empty') as HTMLElement;
    expect(empty.hidden).toBe(false);
    expect(root.querySelector('.chip[aria-pressed="true"]')!.textContent).toBe('Semua');
    expect(empty.textContent).toBe('Tidak ada produk yang cocok. Coba kata lain.');

    search.value = 'emping';
    search.dispatchEvent(new Event('input'));
    ([...root.querySelectorAll('.chip')].find((b) => b.textContent === 'Kopi') as HTMLButtonElement).click();
    expect(empty.textContent).toBe('Tidak ada produk yang cocok di kategori Kopi. Coba kata lain atau pilih "Semua".');
    root.host.setAttribute('lang', 'en');
    expect(empty.textContent).toBe('No products match in the Kopi category. Try another word or choose "All".');
  });
});

describe('the theme', () => {
  const dark = (root: ShadowRoot) => root.querySelector('.root')!.classList.contains('dark');
  const device = (isDark: boolean) => vi.stubGlobal('matchMedia', (q: string) => ({ matches: isDark && q.includes('dark'), media: q, onchange: null }));

  it('without the attribute follows the page, not the device: a light page stays light in dark mode', async () => {
    device(true);
    // The page's text colour tells: dark text on a light page, light text on a dark one.
    expect(dark(await mount('', demoFeed(), (w) => `<div style="background-color: rgb(244, 237, 227); color: rgb(43, 33, 24)">${w}</div>`))).toBe(false);
    expect(dark(await mount('', demoFeed(), (w) => `<div style="background-color: rgb(20, 18, 16); color: rgb(238, 238, 238)">${w}</div>`))).toBe(true);
  });

  it('"auto" still follows the device; "dark" and "light" are kept as written', async () => {
    device(true);
    expect(dark(await mount('theme="auto"'))).toBe(true);
    expect(dark(await mount('theme="light"'))).toBe(false);
    device(false);
    expect(dark(await mount('theme="auto"'))).toBe(false);
    const root = await mount('theme="dark"');
    expect(dark(root)).toBe(true);
    root.host.setAttribute('theme', 'light');
    expect(dark(root)).toBe(false);
  });
});
