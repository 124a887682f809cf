import type { Badge, ShowcaseItem, ShowcaseItemInput } from '../../../shared/feed/schema';
import type { BilingualText } from '../../../shared/i18n/text';
import { SHOWCASE_COPY as C } from '../copy';
import { optionalParagraph, optionalText, whatsAppFrom } from './item-fields';

/** Every field of the item editor on "Etalase saya", as the text in its input. */
export interface ItemForm {
  name: string;
  priceIdr: string;
  priceNote: string;
  photoSrc: string;
  photoAlt: string;
  sellerName: string;
  city: string;
  district: string;
  category: string;
  tags: string;
  badges: Badge[];
  /** Out of stock: the card says "Stok habis" and sends buyers to WhatsApp. */
  soldOut: boolean;
  blurb: string;
  shopee: string;
  tokopedia: string;
  waNumber: string;
  waMessage: string;
  instagram: string;
  website: string;
  note: string;
}

export type ItemFormField = keyof ItemForm;

export function formFromItem(item: ShowcaseItem, note = ''): ItemForm {
  return {
    name: item.name,
    priceIdr: item.price ? String(item.price.idr) : '',
    priceNote: item.price?.note ?? '',
    photoSrc: item.photo?.src ?? '',
    photoAlt: item.photo?.alt ?? '',
    sellerName: item.seller?.name ?? '',
    city: item.seller?.city ?? '',
    district: item.seller?.district ?? '',
    category: item.category ?? '',
    tags: item.tags?.join(', ') ?? '',
    badges: [...(item.badges ?? [])],
    soldOut: item.stock === 'out',
    blurb: item.blurb ?? '',
    shopee: item.links.shopee ?? '',
    tokopedia: item.links.tokopedia ?? '',
    waNumber: item.links.whatsapp?.number ?? '',
    waMessage: item.links.whatsapp?.message ?? '',
    instagram: item.links.instagram ?? '',
    website: item.links.website ?? '',
    note,
  };
}

/** "Rp45.000", "45.000", "45000" → 45000; anything else is not a price. */
export function parsePriceText(text: string): number | undefined {
  const digits = text.replace(/^\s*rp\.?\s*/i, '').replace(/[.\s]/g, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : undefined;
}

/**
 * The item the form describes, or the fields to fix. Only the shape is built here; the service checks the
 * result against the feed schema (links, photo) and says which field is wrong.
 */
export function itemFromForm(id: string, form: ItemForm): { item?: ShowcaseItemInput; errors: Partial<Record<ItemFormField, BilingualText>> } {
  const errors: Partial<Record<ItemFormField, BilingualText>> = {};
  const text = (field: ItemFormField, max: number) => {
    const r = optionalText(form[field] as string, max);
    if (r.error) errors[field] = r.error;
    return r.value;
  };
  const name = text('name', 200);
  if (!name && !errors.name) errors.name = C.required;
  let price: ShowcaseItemInput['price'];
  if (form.priceIdr.trim()) {
    const idr = parsePriceText(form.priceIdr);
    if (idr === undefined || idr > 1_000_000_000) errors.priceIdr = C.required;
    else {
      const note = text('priceNote', 60);
      price = note ? { idr, note } : { idr };
    }
  }
  const photoSrc = text('photoSrc', 2000);
  const photoAlt = text('photoAlt', 200);
  const sellerName = text('sellerName', 120);
  const city = text('city', 80);
  const district = text('district', 80);
  if (!sellerName && (city || district)) errors.sellerName = C.required;
  const category = text('category', 60);
  const tags = form.tags
    .split(',')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (tags.length > 20 || tags.some((t) => t.length > 40)) errors.tags = C.tooLong(40);
  const blurb = optionalParagraph(form.blurb, 600);
  if (blurb.error) errors.blurb = blurb.error;
  const wa = whatsAppFrom(form.waNumber, form.waMessage);
  if (wa.error) errors[wa.error.field] = wa.error.text;
  const links: ShowcaseItemInput['links'] = {};
  for (const key of ['shopee', 'tokopedia', 'instagram', 'website'] as const) {
    const value = text(key, 2000);
    if (value) links[key] = value;
  }
  if (wa.value) links.whatsapp = wa.value;
  const note = optionalText(form.note, 1000);
  if (note.error) errors.note = note.error;
  if (Object.keys(errors).length) return { errors };

  const item: ShowcaseItemInput = { id, name: name!, links };
  if (price) item.price = price;
  if (photoSrc) item.photo = photoAlt ? { src: photoSrc, alt: photoAlt } : { src: photoSrc };
  if (sellerName) item.seller = { name: sellerName, ...(city ? { city } : {}), ...(district ? { district } : {}) };
  if (category) item.category = category;
  if (tags.length) item.tags = tags;
  if (form.badges.length) item.badges = [...new Set(form.badges)];
  if (blurb.value) item.blurb = blurb.value;
  if (form.soldOut) item.stock = 'out';
  return { item, errors };
}
