import { describe, expect, it } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import { applyToSellerForm, extractListing, readSellerForm } from '../../../shared/marketplaces/index';
import { loadDoc, SHOPEE_SELLER_NEW, SHOPEE_SELLER_VARIANTS, TIKTOK_SELLER_EDIT, TOKOPEDIA_SELLER_ADD } from './helpers';

interface Recorded {
  type: string;
  target: Element;
  value: string;
}

/** Listens like a framework does (bubbling listeners on the document) and records what reaches it. */
function recordEvents(doc: Document): Recorded[] {
  const seen: Recorded[] = [];
  for (const type of ['input', 'change']) {
    doc.addEventListener(type, (event) => {
      const target = event.target as HTMLInputElement;
      seen.push({ type, target, value: target.isContentEditable || target.getAttribute('contenteditable') ? (target.textContent ?? '') : target.value });
    });
  }
  return seen;
}

const EDIT = {
  title: 'Kopi Arabika Gayo 250 gr Biji Sangrai',
  description: 'Kopi arabika dari Gayo, Aceh Tengah.\n\nBerat bersih 250 gr.',
  price: 48_000,
  stock: 75,
  weightGrams: 300,
};

describe('Shopee Seller Centre: add product (constructed fixture, docs/marketplace-pages.md)', () => {
  const doc = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
  const read = readSellerForm(doc, SHOPEE_SELLER_NEW.url);

  it('reads every field by its data-product-edit-field-unique-id', () => {
    expect(read.page).toEqual({ site: 'shopee', kind: 'seller-form', form: 'shopee-seller' });
    expect(read.problems).toEqual([]);
    expect(read.listing).toMatchObject({
      marketplace: 'shopee',
      title: 'Kopi Gayo',
      description: 'Kopi arabika dari Gayo.\n\nBerat 250 gr.', // Quill paragraphs, <p><br></p> = blank line
      price: 45_000, // typed as "45.000"
      stock: 120,
      weightGrams: 300, // suffix "gr"
      categoryPath: ['Makanan & Minuman', 'Minuman', 'Kopi'],
      categorySource: 'seller-form',
      brand: 'Kopi Takengon',
      attributes: { 'Jenis Kopi': 'Arabika', 'Negara Asal': 'Indonesia' }, // "Pilih" = not chosen yet
      condition: 'new',
      dimensionsCm: { width: 10, length: 15, height: 5 },
    });
    expect(read.listing.photos).toHaveLength(3);
    expect(Listing.safeParse(read.listing).success).toBe(true);
    expect(read.fields).toMatchObject({ title: 'read', description: 'read', price: 'read', stock: 'read', weightGrams: 'read', photos: 'read' });
  });

  it('is what extractListing returns for a seller-form URL', () => {
    expect(extractListing(doc, SHOPEE_SELLER_NEW.url)).toEqual(read);
  });

  it('marks an empty but present field as read, and a field that is not in the form as missing, by name', () => {
    const empty = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    (empty.querySelector('[data-product-edit-field-unique-id="name"] input') as HTMLInputElement).value = '';
    empty.querySelector('[data-product-edit-field-unique-id="weight"]')!.remove();
    const result = readSellerForm(empty, SHOPEE_SELLER_NEW.url);
    expect(result.listing.title).toBe('');
    expect(result.fields.title).toBe('read');
    expect(result.fields.weightGrams).toBe('missing');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.id).toContain('Rapi tidak menemukan kolom berat di formulir ini');
    expect(result.problems[0]!.en).toContain('did not find the weight field');
  });

  it('fills title, description, price, stock and weight so that bubbling input and change handlers fire', () => {
    const target = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    const events = recordEvents(target);
    const result = applyToSellerForm(target, SHOPEE_SELLER_NEW.url, EDIT);
    expect(result).toEqual({ applied: ['title', 'description', 'price', 'stock', 'weightGrams'], missing: [], problems: [] });

    const name = target.querySelector('[data-product-edit-field-unique-id="name"] input') as HTMLInputElement;
    expect(name.value).toBe(EDIT.title);
    expect(events.filter((e) => e.target === name).map((e) => [e.type, e.value])).toEqual([
      ['input', EDIT.title],
      ['change', EDIT.title],
    ]);
    // The Quill editor: paragraphs rebuilt from text, an input event dispatched on the editor.
    const editor = target.querySelector('.ql-editor')!;
    expect(editor.innerHTML).toBe('<p>Kopi arabika dari Gayo, Aceh Tengah.</p><p><br></p><p>Berat bersih 250 gr.</p>');
    expect(events.some((e) => e.target === editor && e.type === 'input')).toBe(true);

    // Reading the form back gives what was applied.
    const back = readSellerForm(target, SHOPEE_SELLER_NEW.url).listing;
    expect(back).toMatchObject(EDIT);
  });

  it('uses the native value setter, so a React-style value tracker on the element still sees a change', () => {
    const target = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    const input = target.querySelector('[data-product-edit-field-unique-id="price"] input') as HTMLInputElement;
    // React records the last value it set on an own property of the node and ignores events when node.value equals it.
    let tracked = input.value;
    const proto = Object.getPrototypeOf(input);
    const native = Object.getOwnPropertyDescriptor(findValueOwner(proto), 'value')!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return native.get!.call(this);
      },
      set(v: string) {
        tracked = v;
        native.set!.call(this, v);
      },
    });
    let sawChange = false;
    input.addEventListener('input', () => {
      sawChange = native.get!.call(input) !== tracked;
    });
    applyToSellerForm(target, SHOPEE_SELLER_NEW.url, { price: 52_000 });
    expect(native.get!.call(input)).toBe('52000');
    expect(tracked).toBe('45.000'); // the tracker was bypassed …
    expect(sawChange).toBe(true); // … so the framework's input handler sees a new value
  });

  it('writes text, never HTML, into the rich-text editor', () => {
    const target = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    applyToSellerForm(target, SHOPEE_SELLER_NEW.url, { description: '<img src=x onerror="alert(1)">Pedas' });
    const editor = target.querySelector('.ql-editor')!;
    expect(editor.querySelector('img')).toBeNull();
    expect(editor.textContent).toBe('<img src=x onerror="alert(1)">Pedas');
  });
});

describe('Shopee Seller Centre: edit a product with variants, plain-text description', () => {
  const doc = loadDoc(SHOPEE_SELLER_VARIANTS.file, SHOPEE_SELLER_VARIANTS.url);
  const read = readSellerForm(doc, SHOPEE_SELLER_VARIANTS.url);

  it('reads the textarea description, the variant tiers and the weight in kg', () => {
    expect(read.page.itemId).toBe('24567890999');
    expect(read.listing).toMatchObject({
      itemId: '24567890999',
      title: 'KAOS POLOS COTTON COMBED 30S MURAH!!!',
      description: 'Kaos polos bahan cotton combed 30s.\nUkuran S, M, L, XL.',
      weightGrams: 200, // "0,2" kg
      variants: [
        { name: 'Warna', options: ['Hitam', 'Putih'] },
        { name: 'Ukuran', options: ['S', 'M', 'L', 'XL'] },
      ],
    });
  });

  it('does not take the variant table’s "Harga" column for the price: price and stock are reported not found', () => {
    expect(read.listing.price).toBeUndefined();
    expect(read.fields).toMatchObject({ price: 'missing', stock: 'missing', categoryPath: 'missing' });
    expect(read.problems[0]!.id).toContain('harga, stok dan kategori');
    expect(read.problems[0]!.id).toContain('setelah Anda memilih kategori');
  });

  it('reports locked and absent fields when applying, and changes nothing there', () => {
    const target = loadDoc(SHOPEE_SELLER_VARIANTS.file, SHOPEE_SELLER_VARIANTS.url);
    const events = recordEvents(target);
    const result = applyToSellerForm(target, SHOPEE_SELLER_VARIANTS.url, { title: 'Kaos Polos Cotton Combed 30s', price: 35_000, weightGrams: 250 });
    expect(result.applied).toEqual(['title']);
    expect(result.missing).toEqual(['price', 'weightGrams']);
    expect(result.problems.map((p) => p.en)).toEqual([
      expect.stringContaining('did not find the price field'),
      expect.stringContaining('The weight field is locked'),
    ]);
    const weight = target.querySelector('[data-product-edit-field-unique-id="weight"] input') as HTMLInputElement;
    expect(weight.value).toBe('0,2');
    expect(events.every((e) => e.target !== weight)).toBe(true);
    const textarea = target.querySelector('textarea') as HTMLTextAreaElement;
    applyToSellerForm(target, SHOPEE_SELLER_VARIANTS.url, { description: 'Baris satu\nBaris dua' });
    expect(textarea.value).toBe('Baris satu\nBaris dua');
  });
});

describe('Tokopedia seller form (legacy seller.tokopedia.com, data-testid)', () => {
  const doc = loadDoc(TOKOPEDIA_SELLER_ADD.file, TOKOPEDIA_SELLER_ADD.url);
  const read = readSellerForm(doc, TOKOPEDIA_SELLER_ADD.url);

  it('reads fields by txtAEP* test ids and the description by its label', () => {
    expect(read.page).toEqual({ site: 'tokopedia', kind: 'seller-form', form: 'tokopedia-seller' });
    expect(read.problems).toEqual([]);
    expect(read.listing).toMatchObject({
      marketplace: 'tokopedia',
      title: 'Seblak Instan',
      description: 'Seblak kering pedas khas Bandung.',
      price: 15_000,
      stock: 50,
      weightGrams: 250,
      categoryPath: ['Makanan & Minuman', 'Makanan Instan', 'Makanan Instan Lainnya'],
      categorySource: 'seller-form',
      condition: 'new',
    });
    expect(read.listing.photos!.map((p) => p.src)).toEqual([
      'https://images.tokopedia.net/img/cache/700/VqbcmM/2025/1/10/seblak-pedas-1.jpg',
      'https://images.tokopedia.net/img/cache/700/VqbcmM/2025/1/10/seblak-pedas-2.jpg',
    ]);
  });

  it('applies all five fields with input and change events', () => {
    const target = loadDoc(TOKOPEDIA_SELLER_ADD.file, TOKOPEDIA_SELLER_ADD.url);
    const events = recordEvents(target);
    const edit = { title: 'Seblak Kering Pedas Khas Bandung 100 gr', description: 'Pedas gurih.\nTanpa pengawet.', price: 17_500, stock: 60, weightGrams: 150 };
    const result = applyToSellerForm(target, TOKOPEDIA_SELLER_ADD.url, edit);
    expect(result.applied).toEqual(['title', 'description', 'price', 'stock', 'weightGrams']);
    expect(readSellerForm(target, TOKOPEDIA_SELLER_ADD.url).listing).toMatchObject(edit);
    const price = target.querySelector('[data-testid="txtAEPPrice"]')!;
    expect(events.filter((e) => e.target === price).map((e) => e.type)).toEqual(['input', 'change']);
    expect(events.filter((e) => e.type === 'change')).toHaveLength(5);
  });
});

describe('TikTok-era seller-id.tokopedia.com product editor (labels)', () => {
  const doc = loadDoc(TIKTOK_SELLER_EDIT.file, TIKTOK_SELLER_EDIT.url);
  const read = readSellerForm(doc, TIKTOK_SELLER_EDIT.url);

  it('reads the title by id, the ProseMirror description, and price/stock/weight by their labels', () => {
    expect(read.page).toMatchObject({ site: 'tokopedia', kind: 'seller-form', form: 'tiktok-seller', itemId: '1729384756102938475' });
    expect(read.problems).toEqual([]);
    expect(read.listing).toMatchObject({
      title: 'Kopi Robusta Lampung 1 kg',
      description: 'Kopi robusta petani Lampung Barat.\nSangrai medium.',
      price: 85_000,
      stock: 40,
      weightGrams: 1100, // "1,1" with the unit "Kilogram (kg)"
      categoryPath: ['Makanan & Minuman', 'Minuman', 'Kopi'],
      categorySource: 'seller-form',
    });
    expect(read.listing.photos).toHaveLength(2);
  });

  it('writes the weight in the form’s unit (kg, Indonesian decimal comma)', () => {
    const target = loadDoc(TIKTOK_SELLER_EDIT.file, TIKTOK_SELLER_EDIT.url);
    const result = applyToSellerForm(target, TIKTOK_SELLER_EDIT.url, { weightGrams: 1250, title: 'Kopi Robusta Lampung Biji 1 kg' });
    expect(result.applied).toEqual(['title', 'weightGrams']);
    const weight = readSellerForm(target, TIKTOK_SELLER_EDIT.url);
    expect(weight.listing.weightGrams).toBe(1250);
    expect(weight.listing.title).toBe('Kopi Robusta Lampung Biji 1 kg');
  });

  it('says which fields it cannot find when the labels are gone', () => {
    const bare = loadDoc(TIKTOK_SELLER_EDIT.file, TIKTOK_SELLER_EDIT.url);
    for (const label of Array.from(bare.querySelectorAll('._title_80dgt_103'))) label.textContent = '';
    const result = readSellerForm(bare, TIKTOK_SELLER_EDIT.url);
    expect(result.listing.title).toBe('Kopi Robusta Lampung 1 kg'); // by id, not by label
    expect(result.fields).toMatchObject({ price: 'missing', stock: 'missing', weightGrams: 'missing', photos: 'missing' });
    expect(result.problems[0]!.id).toContain('harga, stok, berat dan foto produk');
  });
});

describe('applyToSellerForm and readSellerForm outside a seller form', () => {
  it('touches nothing on a product page and says why', () => {
    const doc = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    const result = applyToSellerForm(doc, 'https://shopee.co.id/Kopi-i.1.2', { title: 'X' });
    expect(result.applied).toEqual([]);
    expect(result.missing).toEqual(['title']);
    expect(result.problems[0]!.en).toContain('not a product page');
    expect((doc.querySelector('[data-product-edit-field-unique-id="name"] input') as HTMLInputElement).value).toBe('Kopi Gayo');
  });

  it('does nothing and reports nothing when nothing is asked', () => {
    const doc = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    expect(applyToSellerForm(doc, SHOPEE_SELLER_NEW.url, {})).toEqual({ applied: [], missing: [], problems: [] });
  });

  it('readSellerForm on a non-form URL gives a clear problem, not a listing', () => {
    const doc = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    const result = readSellerForm(doc, 'https://www.tokopedia.com/search?q=kopi');
    expect(result.listing.title).toBe('');
    expect(result.problems[0]!.en).toContain('not a product page');
  });
});

function findValueOwner(proto: object): object {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    if (Object.getOwnPropertyDescriptor(p, 'value')?.set) return p;
  }
  throw new Error('no value setter');
}
