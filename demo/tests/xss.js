// Builds the XSS test page from the payload corpus (served by scripts/serve.ts at /fixtures/).
// Every payload goes into every text field and, one at a time, into every URL field of an item, into the feed's
// title, curator name and curator URL, and into the widget's attributes. tests/e2e/widget-xss.test.ts drives it.
window.__pwn ??= (n) => (window.__pwned ??= []).push(n);

const URL_FIELDS = ['photo.src', 'shopee', 'tokopedia', 'instagram', 'website', 'whatsapp.number'];

function validItem(id) {
  return {
    id,
    name: `Produk ${id}`,
    price: { idr: 10000 },
    photo: { src: `https://img.rapi.test/${id}.png`, alt: `Foto ${id}` },
    links: {
      shopee: `https://shopee.co.id/toko/${id}`,
      tokopedia: `https://www.tokopedia.com/toko/${id}`,
      whatsapp: { number: '0800-1000-0001' },
      instagram: `https://www.instagram.com/${id}`,
      website: `https://toko.example/${id}`,
    },
  };
}

// Short fields get the payload cut to their limit (an item over a limit is skipped, and would show nothing).
const fit = (p, max) => p.slice(0, max);

function textItem(p, i) {
  const item = validItem(`text-${i}`);
  Object.assign(item, {
    name: p,
    price: { idr: 10000, note: fit(p, 60) },
    photo: { src: item.photo.src, alt: p },
    seller: { name: p, city: fit(p, 80), district: fit(p, 80) },
    category: fit(p, 60),
    tags: [fit(p, 40)],
    blurb: p,
    badges: ['halal'],
  });
  item.links.whatsapp.message = p;
  return item;
}

function urlItem(p, i, field) {
  const item = validItem(`url-${i}-${field}`);
  if (field === 'photo.src') item.photo.src = p;
  else if (field === 'whatsapp.number') item.links.whatsapp.number = p;
  else item.links[field] = p;
  return item;
}

function widget(feed, attributes = {}) {
  const el = document.createElement('rapi-etalase');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (feed) {
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify(feed);
    el.append(data);
  }
  return el;
}

const smallFeed = (overrides) => ({
  version: 1,
  title: 'Etalase uji',
  curator: { name: 'Kurator uji', url: 'https://kurator.example/' },
  updated: '2026-11-20T09:00:00+07:00',
  items: [validItem('satu')],
  ...overrides,
});

async function main() {
  const { payloads } = await (await fetch('/fixtures/xss-payloads.json')).json();
  const items = payloads.flatMap((p, i) => [textItem(p, i), ...URL_FIELDS.map((f) => urlItem(p, i, f))]);
  document.getElementById('items').append(
    widget({ version: 1, title: 'Semua payload di setiap kolom barang', items }, { id: 'xss-items', max: '2000' }),
  );

  const feeds = document.getElementById('feeds');
  payloads.forEach((p, i) => {
    feeds.append(
      widget(smallFeed({ title: p, curator: { name: p, url: 'https://kurator.example/' } }), { 'data-case': `title-${i}`, search: 'off' }),
      widget(smallFeed({ curator: { name: 'Kurator', url: p } }), { 'data-case': `curator-url-${i}`, search: 'off' }),
      widget(smallFeed({ items: [textItem(p, i)] }), {
        'data-case': `attributes-${i}`,
        category: p,
        layout: p,
        lang: p,
        max: p,
        search: p,
        theme: p,
      }),
      widget(null, { 'data-case': `feed-attr-${i}`, feed: p }),
    );
  });
  document.getElementById('xss-status').textContent = `${payloads.length} payload dimuat ke ${items.length} barang dan ${payloads.length * 4} widget.`;
}

main().catch((error) => {
  document.getElementById('xss-status').textContent = `Gagal menyiapkan uji: ${error}`;
});
