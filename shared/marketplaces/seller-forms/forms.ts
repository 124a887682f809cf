import type { Photo, VariantTier } from '../../listing/schema';
import { byTestId, climb, labelKey, lineText, query, queryAll } from '../read/dom';
import { put, putCategory, type Reading } from '../read/merge';
import { parseCm } from '../read/numbers';
import type { ListingField, SellerFormKind } from '../types';
import { areaByLabel, asControl, controlByLabel, controlIn, readControl, type Control } from './controls';

/**
 * Where each seller-centre form keeps its fields (docs/marketplace-pages.md#shopee-seller-centre-form, #tokopedia-seller-forms). Anchors, most stable first:
 * field ids / test ids, then the component's own control inside, then the visible label. Never layout.
 */

/** The fields Rapi can both read from and write into a form. */
export const WRITABLE_FIELDS = ['title', 'description', 'price', 'stock', 'weightGrams'] as const;
export type WritableField = (typeof WRITABLE_FIELDS)[number];

export interface FormSpec {
  form: SellerFormKind;
  /** The text controls, each found or not. */
  locate: Record<WritableField, (doc: Document) => Control | undefined>;
  /** The weight field's unit as the form shows it. */
  weightUnit: (doc: Document, control: Control) => 'g' | 'kg';
  /** Read-only extras: photos, category, brand, specifics, variants, condition, size. */
  readExtras: (doc: Document, reading: Reading) => void;
  /** Fields whose absence is reported as "not found" (besides the writable ones). */
  alsoExpected: readonly ListingField[];
}

/** Images that are photos (uploaded previews), not the form's own icons. */
function photosIn(area: Element | undefined): Photo[] {
  const photos: Photo[] = [];
  for (const img of queryAll(area, 'img')) {
    const src = img.getAttribute('src') ?? '';
    if (!/^(https?:|blob:|data:image\/(?:jpe?g|png|webp))/i.test(src)) continue;
    if (!photos.some((p) => p.src === src)) photos.push({ src });
  }
  return photos;
}

/** "Makanan & Minuman > Kopi > Kopi Bubuk" or "… / … / …" → the path. */
function splitCategory(text: string): string[] {
  return text
    .split(/\s*[>›/]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Text of the checked radio in a group: its `<label>` or the text of the element wrapping it. */
function checkedRadioText(group: Element | undefined): string {
  const radio = query(group, 'input[type="radio"]:checked') ?? query(group, 'input[type="radio"][checked]');
  if (!radio) return '';
  const id = radio.getAttribute('id');
  const label = (id ? query(radio.ownerDocument, `label[for="${id}"]`) : undefined) ?? radio.closest('label');
  return lineText(label) || radio.getAttribute('value') || '';
}

function unitNear(control: Control, levels: number): 'g' | 'kg' {
  const row = climb(control.el, levels, (el) => /\b(kg|kilogram|gr|gram)\b/i.test(unitText(el)));
  return row && /\b(kg|kilogram)\b/i.test(unitText(row)) ? 'kg' : 'g';
}

/** Unit words next to a weight input: selects' chosen options and short texts (labels excluded by length). */
function unitText(el: Element): string {
  const selected = queryAll(el, 'select').map((s) => (s as HTMLSelectElement).value ?? '');
  const suffixes = queryAll(el, 'span, div, option[selected]').filter((s) => (s.textContent ?? '').trim().length <= 20).map(lineText);
  return [...selected, ...suffixes].join(' ');
}

// ---------------------------------------------------------------- Shopee Seller Centre

const SHOPEE_INPUT = [
  'input.eds-input__input', // the EDS text input (Vue 3 + EDS, 2025–26)
  'input', // any other text input inside the field
  'textarea',
];

function shopeeField(doc: ParentNode, id: string): Element | undefined {
  return query(doc, `[data-product-edit-field-unique-id="${id}"]`);
}

/**
 * Labels are the fallback only when the form has no field ids at all (a redesign dropped them). While ids exist,
 * a missing id means the field is not shown — e.g. price and stock move into the variant table, whose "Harga"
 * column header must not be mistaken for the product's price.
 */
function shopeeByLabel(doc: Document, labels: readonly string[], selectors?: readonly string[]): Control | undefined {
  return query(doc, '[data-product-edit-field-unique-id]') ? undefined : controlByLabel(doc, labels, selectors);
}

const shopee: FormSpec = {
  form: 'shopee-seller',
  locate: {
    title: (doc) => controlIn(shopeeField(doc, 'name'), SHOPEE_INPUT) ?? shopeeByLabel(doc, ['Nama Produk', 'Product Name']),
    description: (doc) =>
      controlIn(shopeeField(doc, 'description'), [
        '.ql-editor[contenteditable="true"]', // Quill rich-text editor (TW study, T1)
        'textarea', // the plain-text editor (VN: "plain text only, 3000")
        '[contenteditable="true"]', // any other editor
      ]) ?? shopeeByLabel(doc, ['Deskripsi Produk', 'Product Description']),
    price: (doc) => controlIn(shopeeField(doc, 'price'), SHOPEE_INPUT) ?? shopeeByLabel(doc, ['Harga', 'Price'], ['input']),
    stock: (doc) => controlIn(shopeeField(doc, 'stock'), SHOPEE_INPUT) ?? shopeeByLabel(doc, ['Stok', 'Stock'], ['input']),
    weightGrams: (doc) => controlIn(shopeeField(doc, 'weight'), SHOPEE_INPUT) ?? shopeeByLabel(doc, ['Berat', 'Weight'], ['input']),
  },
  weightUnit: (doc, control) => {
    const field = shopeeField(doc, 'weight');
    // The EDS input shows its unit as a suffix inside the field ("gr" on shopee.co.id).
    return field ? (/\bkg\b/i.test(lineText(query(field, '.eds-input__suffix') ?? field)) ? 'kg' : 'g') : unitNear(control, 3);
  },
  readExtras: (doc, reading) => {
    const images = shopeeField(doc, 'images') ?? areaByLabel(doc, ['Foto Produk', 'Product Images'], 'input[type="file"]');
    if (images) {
      // Tiles of the image manager; any preview image as a fallback.
      const tiles = queryAll(images, 'img.shopee-image-manager__image').map((i) => ({ src: i.getAttribute('src') ?? '' })).filter((p) => p.src);
      reading.photos = { value: tiles.length ? tiles : photosIn(images), state: 'read' };
    }
    const category = shopeeField(doc, 'category');
    if (category) {
      const box = query(category, '.product-category-box-inner') ?? query(category, '.shopee-product-category-input') ?? category;
      putCategory(reading, splitCategory(lineText(box)), 'seller-form');
    }
    readShopeeAttributes(doc, reading);
    const tiersFound: VariantTier[] = [];
    for (const index of [0, 1]) {
      const tier = shopeeField(doc, `tierVariation_${index}`);
      if (!tier) continue;
      const inputs = queryAll(tier, 'input').filter((i) => asControl(i));
      const options = queryAll(tier, '.option-container input').map((i) => ((i as HTMLInputElement).value ?? '').trim()).filter(Boolean);
      const nameInput = inputs.find((i) => !i.closest('.option-container'));
      const name = ((nameInput as HTMLInputElement | undefined)?.value ?? '').trim();
      if (name && options.length) tiersFound.push({ name, options });
    }
    put(reading, 'variants', tiersFound);
    const condition = lineText(query(shopeeField(doc, 'condition'), '.eds-selector__inner'));
    if (/^(baru|new)$/i.test(condition)) put(reading, 'condition', 'new');
    else if (/^(bekas|used)$/i.test(condition)) put(reading, 'condition', 'used');
    const size: { length?: number; width?: number; height?: number } = {};
    for (const side of ['length', 'width', 'height'] as const) {
      const control = controlIn(shopeeField(doc, `dimension.${side}`), SHOPEE_INPUT);
      const value = control ? parseCm(readControl(control)) : undefined;
      if (value) size[side] = value;
    }
    put(reading, 'dimensionsCm', size);
    const video = query(shopeeField(doc, 'video'), 'video[src]')?.getAttribute('src');
    if (video) put(reading, 'video', { src: video });
  },
  alsoExpected: ['photos', 'categoryPath'],
};

/** Brand and attribute rows: each has its name in `.item-title` and an EDS select or input beside it. */
function readShopeeAttributes(doc: Document, reading: Reading): void {
  const block = shopeeField(doc, 'brandAndAttributes');
  if (!block) return;
  const attributes: Record<string, string> = {};
  for (const title of queryAll(block, '.item-title')) {
    const name = lineText(title).replace(/^\*\s*/, '');
    const row = climb(title, 3, (el) => !!query(el, '.eds-selector__inner, .eds-selector, input'));
    if (!name || !row) continue;
    const input = query(row, 'input.eds-input__input');
    const value = (input ? (input as HTMLInputElement).value : lineText(query(row, '.eds-selector__inner') ?? query(row, '.eds-selector'))).trim();
    // An unset select shows its placeholder ("Pilih" / "Please select"): not a value.
    if (!value || /^(pilih|please select|select)\b/i.test(value)) continue;
    if (['merek', 'brand'].includes(labelKey(name))) put(reading, 'brand', value);
    else attributes[name] = value;
  }
  put(reading, 'attributes', attributes);
}

// ---------------------------------------------------------------- Tokopedia, legacy seller.tokopedia.com

/** A test id may sit on the input itself or on the field component around it. */
function testIdControl(doc: Document, id: string): Control | undefined {
  return controlIn(byTestId(doc, id), ['input', 'textarea']);
}

const tokopedia: FormSpec = {
  form: 'tokopedia-seller',
  locate: {
    title: (doc) => testIdControl(doc, 'txtAEPProductName') ?? controlByLabel(doc, ['Nama Produk']),
    // No test id for the description was ever seen: its label is the anchor.
    description: (doc) => controlByLabel(doc, ['Deskripsi Produk', 'Deskripsi']),
    price: (doc) => testIdControl(doc, 'txtAEPPrice') ?? asControl(query(doc, '#txtAEPPrice')) ?? controlByLabel(doc, ['Harga', 'Harga Satuan']),
    stock: (doc) => testIdControl(doc, 'txtAEPProductStock') ?? controlByLabel(doc, ['Stok Produk', 'Stok']),
    weightGrams: (doc) => testIdControl(doc, 'txtAEPWeight') ?? controlByLabel(doc, ['Berat Produk', 'Berat']),
  },
  weightUnit: (_doc, control) => unitNear(control, 3),
  readExtras: (doc, reading) => {
    // The upload input's id (K1), else the "Foto Produk" label's area.
    const upload = query(doc, '#imgInputEl');
    const area = (upload ? climb(upload, 4, (el) => photosIn(el).length > 0) : undefined) ?? areaByLabel(doc, ['Foto Produk'], 'input[type="file"], img');
    if (area || upload) reading.photos = { value: photosIn(area), state: 'read' };
    const recommended = checkedRadioText(byTestId(doc, 'rdoAEPCategoryRecommendation'));
    const categoryArea = recommended ? undefined : areaByLabel(doc, ['Kategori'], 'input[type="radio"]');
    putCategory(reading, splitCategory(recommended || checkedRadioText(categoryArea)), 'seller-form');
    const condition = checkedRadioText(areaByLabel(doc, ['Kondisi'], 'input[type="radio"]'));
    if (/baru/i.test(condition)) put(reading, 'condition', 'new');
    else if (/bekas/i.test(condition)) put(reading, 'condition', 'used');
  },
  alsoExpected: ['photos', 'categoryPath'],
};

// ---------------------------------------------------------------- TikTok-era seller-id.tokopedia.com

const tiktok: FormSpec = {
  form: 'tiktok-seller',
  locate: {
    title: (doc) => controlIn(query(doc, '#preview-product-title'), ['input', 'textarea']) ?? controlByLabel(doc, ['Nama produk', 'Product name']),
    description: (doc) =>
      asControl(query(doc, '.ProseMirror[contenteditable="true"]')) ?? // the create form's rich-text editor (K7)
      controlByLabel(doc, ['Deskripsi produk', 'Product description']),
    // Price, stock and weight have no ids in any capture: labels first, then the inputs' name attributes [?].
    price: (doc) => controlByLabel(doc, ['Harga', 'Harga jual', 'Price'], ['input']) ?? asControl(query(doc, 'input[name*="price"]')),
    stock: (doc) => controlByLabel(doc, ['Stok', 'Kuantitas', 'Stock', 'Quantity'], ['input']) ?? asControl(query(doc, 'input[name*="stock"], input[name*="quantity"]')),
    weightGrams: (doc) =>
      controlByLabel(doc, ['Berat paket', 'Berat', 'Package weight', 'Weight'], ['input']) ?? asControl(query(doc, 'input[name*="weight"]')),
  },
  weightUnit: (_doc, control) => unitNear(control, 3),
  readExtras: (doc, reading) => {
    const area = areaByLabel(doc, ['Gambar produk', 'Foto produk', 'Product images'], 'input[type="file"], img');
    if (area) reading.photos = { value: photosIn(area), state: 'read' };
    const category = query(doc, '.p-cascader-select-view') ?? areaByLabel(doc, ['Kategori', 'Category'], '[role="combobox"]');
    const path = category ? splitCategory(lineText(query(category, '[role="combobox"]') ?? category).replace(/^(kategori|category)\s*/i, '')) : [];
    putCategory(reading, path, 'seller-form');
  },
  alsoExpected: ['photos', 'categoryPath'],
};

export const FORM_SPECS: Record<SellerFormKind, FormSpec> = {
  'shopee-seller': shopee,
  'tokopedia-seller': tokopedia,
  'tiktok-seller': tiktok,
};
