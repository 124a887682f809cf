// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoFeedText, widgetParser } from './feed-for-tests';

// The built widget gets its parser from a build-time module; here the same parser is made at run time.
vi.mock('../../../widget/feed-parser', () => widgetParser);

beforeAll(async () => {
  await import('../../../widget/main');
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function mount(html: string): Promise<HTMLElement> {
  document.body.innerHTML = html; // test page markup, not feed data
  const el = document.body.querySelector('rapi-etalase') as HTMLElement;
  await vi.waitFor(() => expect(el.shadowRoot?.querySelector('.card, .notice')).toBeTruthy());
  return el;
}

function inline(feedText: string, attributes = ''): string {
  return `<rapi-etalase ${attributes}><a href="https://shopee.co.id/toko">Fallback</a><script type="application/json">${feedText}</script></rapi-etalase>`;
}

describe('<rapi-etalase> in a DOM', () => {
  it('renders an inline feed into its shadow root, hiding the light DOM fallback', async () => {
    const el = await mount(inline(demoFeedText()));
    const root = el.shadowRoot!;
    expect(root.querySelector('.heading')?.textContent).toBe('Etalase Produk Lokal Kedai Kopi Kuru');
    expect(root.querySelectorAll('.card')).toHaveLength(12);
    expect(root.querySelector('.count')?.textContent).toBe('24 produk');
    expect(root.querySelector('slot')).toBeNull();
    expect(root.querySelector('.card .price')?.textContent).toBe('Rp85.000 per 250 gr');
  });

  it('switches language when the lang attribute changes', async () => {
    const el = await mount(inline(demoFeedText()));
    const root = el.shadowRoot!;
    expect(root.querySelector('.btn.shopee')?.firstChild?.textContent).toBe('Beli di Shopee');
    el.setAttribute('lang', 'en');
    expect(root.querySelector('.btn.shopee')?.firstChild?.textContent).toBe('Buy on Shopee');
    expect(root.querySelector('.count')?.textContent).toBe('24 products');
    expect(root.querySelector('.more-btn')?.textContent).toBe('Show more');
  });

  it('applies max, category, layout and search attributes', async () => {
    const el = await mount(inline(demoFeedText(), 'max="2" category="camilan" layout="list" search="off"'));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.card')).toHaveLength(2);
    expect(root.querySelector('.root')?.classList.contains('list')).toBe(true);
    expect((root.querySelector('.search') as HTMLInputElement).hidden).toBe(true);
    expect(root.querySelector('.chip[aria-pressed="true"]')?.textContent).toBe('Camilan');
    (root.querySelector('.more-btn') as HTMLButtonElement).click();
    expect(root.querySelectorAll('.card')).toHaveLength(4);
  });

  it('filters with the search box and the category buttons', async () => {
    const el = await mount(inline(demoFeedText()));
    const root = el.shadowRoot!;
    const search = root.querySelector('.search') as HTMLInputElement;
    search.value = 'emping';
    search.dispatchEvent(new Event('input'));
    expect([...root.querySelectorAll('.card .name')].map((n) => n.textContent)).toEqual([
      'Emping Melinjo Pedas Manis 250 gr',
      'Emping Melinjo Original Mentah 500 gr',
    ]);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const kopi = [...root.querySelectorAll('.chip')].find((b) => b.textContent === 'Kopi') as HTMLButtonElement;
    kopi.click();
    expect(kopi.getAttribute('aria-pressed')).toBe('true');
    expect(root.contains(kopi)).toBe(true);
    expect(root.querySelector('.count')?.textContent).toBe('3 produk');
  });

  it('renders feed text as text, never as markup', async () => {
    const feed = {
      version: 1,
      title: '<img src=x onerror=alert(1)>',
      items: [{ id: 'a', name: '<script>alert(1)</script>', blurb: '<b>tebal</b>', links: {} }],
    };
    const el = await mount(inline(JSON.stringify(feed).replaceAll('</', '<\\/')));
    const root = el.shadowRoot!;
    expect(root.querySelector('.heading')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.name')?.textContent).toBe('<script>alert(1)</script>');
    expect(root.querySelectorAll('img[onerror], script, b')).toHaveLength(0);
  });

  it('shows a friendly message for an invalid inline feed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(inline('{"version":1,"items":[]}'));
    expect(el.shadowRoot!.querySelector('.notice')?.textContent).toBe(
      'Etalase ini belum bisa ditampilkan.Feed tidak valid: kolom title: wajib diisi.',
    );
  });

  it('keeps several widgets independent', async () => {
    document.body.innerHTML = inline(demoFeedText()) + inline(demoFeedText(), 'lang="en"');
    const [a, b] = [...document.querySelectorAll('rapi-etalase')] as HTMLElement[];
    await vi.waitFor(() => expect(b!.shadowRoot?.querySelector('.card')).toBeTruthy());
    const search = a!.shadowRoot!.querySelector('.search') as HTMLInputElement;
    search.value = 'batik';
    search.dispatchEvent(new Event('input'));
    expect(a!.shadowRoot!.querySelector('.count')?.textContent).toBe('3 produk');
    expect(b!.shadowRoot!.querySelector('.count')?.textContent).toBe('24 products');
  });

  it('is defined once even when the script is included twice', async () => {
    await import('../../../widget/main');
    expect(customElements.get('rapi-etalase')).toBeDefined();
  });
});
