import type { CategoryId } from '../checks/category';
import type { ListingFacts } from '../checks/facts';
import { PROFILES } from '../checks/profiles';
import type { ProfileId } from '../checks/types';
import { bi, type BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import { unshoutTitle } from './casing';
import { countText, netContentText, titleHasNetContent, type KnownFacts } from './known-facts';
import { fillPlaceholders, placeholder, type PlaceholderKey } from './placeholders';
import { brandFirst, withoutContacts, withoutExclamations, withoutOverclaims, withoutPromo, withoutRepeats, withoutShopName, withoutSymbols } from './title-clean';
import { fitTitle } from './title-length';
import { tidy } from './tokens';
import { titleShouts } from '../checks/shouting';

/** A fact a title can carry: whether the title has it, the seller's words for it elsewhere, its placeholder. */
interface TitleFact {
  key: 'net' | 'material' | 'size' | 'dimensions' | 'sizeOrCount' | 'model' | 'flavour' | PlaceholderKey;
  inTitle(known: KnownFacts, title: string): boolean;
  known?(known: KnownFacts): string | undefined;
  /** What is added when the seller's words are not known: a placeholder, with a word that makes it read as a fact. */
  add: BilingualText;
}

const plain = (key: PlaceholderKey, prefix?: BilingualText): BilingualText => {
  const label = placeholder(key);
  return prefix ? bi(`${prefix.id} ${label.id}`, `${prefix.en} ${label.en}`) : label;
};

/** A model or type code ("F499", "HR2115", "DDJ-SX3", "1/144"), as the title-structure check reads one. */
const MODEL_CODE = /(?<![\p{L}\p{N}])(?:(?=[A-Za-z-]*\d)(?=[\dA-Za-z-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|\d+\/\d{2,})(?![\p{L}\p{N}])/u;
const CAPACITY_KINDS = new Set(['power', 'cooling', 'storage', 'battery', 'volume', 'voltage', 'current']);

const net = (key: PlaceholderKey): TitleFact => ({
  key: 'net',
  inTitle: (k) => titleHasNetContent(k),
  known: (k) => netContentText(k) ?? countText(k),
  add: plain(key),
});

const FACTS = {
  material: { key: 'material', inTitle: (k) => k.title.materials.length > 0, known: (k) => k.text.materials[0], add: plain('material') },
  size: {
    key: 'size',
    inTitle: (k) => Boolean(k.title.clothingSize || k.title.dimensions),
    known: (k) => k.text.clothingSize?.text,
    add: plain('sizes', bi('Ukuran', 'Size')),
  },
  dimensions: {
    key: 'dimensions',
    inTitle: (k) => Boolean(k.title.dimensions) || k.title.quantities.some((q) => q.kind === 'length' || q.kind === 'volume'),
    known: (k) => k.text.dimensions?.text,
    add: plain('dimensions'),
  },
  sizeOrCount: { key: 'sizeOrCount', inTitle: (k) => k.title.hasQuantity, known: (k) => k.text.quantities[0]?.text, add: plain('sizeOrCount') },
  model: { key: 'model', inTitle: (_k, t) => MODEL_CODE.test(t), add: plain('model') },
  flavour: { key: 'flavour', inTitle: (k) => k.title.flavours.length > 0, add: plain('flavour') },
} satisfies Record<string, TitleFact>;

/** A placeholder that only makes a short title more specific; some are already said in other words. */
const extra = (key: PlaceholderKey, inTitle: TitleFact['inTitle'] = () => false): TitleFact => ({ key, inTitle, add: plain(key) });
const EXTRAS = {
  origin: extra('origin', (k) => Boolean(k.title.origin)),
  capacity: extra('capacity', (k) => k.title.quantities.some((q) => CAPACITY_KINDS.has(q.kind))),
  skin: extra('skin', (_k, t) => /\bkulit\b|\bskin\b/i.test(t)),
  colour: extra('colour', (_k, t) => /\bwarna\b/i.test(t)),
  mainIngredient: extra('mainIngredient'),
  style: extra('style'),
  use: extra('use'),
};

/** Per category: the key facts a buyer searches for, in order, then what else can make a short title specific. */
const PLAN: Record<CategoryId, { key: TitleFact[]; extras: TitleFact[] }> = {
  food: { key: [net('netWeight'), FACTS.flavour], extras: [EXTRAS.origin] },
  'fresh-food': { key: [net('weight')], extras: [EXTRAS.origin] },
  health: { key: [net('contents')], extras: [EXTRAS.mainIngredient] },
  beauty: { key: [net('netContent')], extras: [EXTRAS.skin] },
  'beauty-tools': { key: [FACTS.material, FACTS.sizeOrCount], extras: [EXTRAS.colour] },
  fashion: { key: [FACTS.material, FACTS.size], extras: [EXTRAS.colour, EXTRAS.style] },
  craft: { key: [FACTS.material, FACTS.dimensions], extras: [EXTRAS.colour, EXTRAS.use] },
  electronics: { key: [FACTS.model], extras: [EXTRAS.capacity, EXTRAS.colour] },
  other: { key: [FACTS.sizeOrCount], extras: [EXTRAS.use, extra('material', (k) => k.title.materials.length > 0), EXTRAS.colour] },
};

/** Which title-bound findings ask for which fact (their own examples add the same). */
const NEEDS: Record<string, TitleFact['key']> = {
  'spec-net-content': 'net',
  'spec-material': 'material',
  'spec-size': 'size',
  'spec-dimensions': 'dimensions',
  'spec-quantity': 'sizeOrCount',
};
const BY_KEY: Partial<Record<TitleFact['key'], TitleFact>> = { ...Object.fromEntries(Object.values(FACTS).map((f) => [f.key, f])), net: net('netWeight') };

export interface TitleInput {
  listing: Listing;
  profile: ProfileId;
  facts: ListingFacts;
  known: KnownFacts;
  /** Ids of the findings on this listing: each title finding's fix is applied. */
  fired: ReadonlySet<string>;
}

/** The title with everything taken out that a finding asks to take out, the brand first, and in normal case. */
export function cleanedTitle({ listing, profile, facts, fired }: TitleInput): string {
  const own = listing.marketplace === 'other' ? (profile === 'generic' ? undefined : profile) : listing.marketplace;
  let t = withoutExclamations(tidy(listing.title));
  if (fired.has('title-contact')) t = withoutContacts(t, { own, ...(facts.shopName ? { shopName: facts.shopName } : {}) });
  if (fired.has('title-symbols')) t = withoutSymbols(t);
  if (fired.has('title-promo-words')) t = withoutPromo(t);
  if (fired.has('title-overclaim')) t = withoutOverclaims(t);
  if (fired.has('title-shop-name') && facts.shopName) t = withoutShopName(t, facts.shopName.replace(/\s+(?:official\s+(?:store|shop)|official|store|shop)$/i, ''));
  if (fired.has('title-repeated-word')) t = withoutRepeats(t);
  const brand = listing.brand?.trim();
  if (fired.has('title-brand-first') && brand) t = brandFirst(t, brand);
  if (fired.has('title-all-caps')) t = unshoutTitle(t, brand);
  return t;
}

/** Fixes that only take things out: the product's name in a description is written without them, whatever fired. */
const TAKE_OUT = ['title-contact', 'title-symbols', 'title-promo-words', 'title-overclaim', 'title-repeated-word', 'title-shop-name'];

/** The title as a clean product name for the description: everything taken out that would be taken out of the title. */
export function cleanName(input: TitleInput): string {
  const fired = new Set([...input.fired, ...TAKE_OUT]);
  if (titleShouts(input.listing.title, input.listing.brand)) fired.add('title-all-caps');
  return cleanedTitle({ ...input, fired });
}

/**
 * One full title that applies every title fix at once (docs/suggestions.md#suggested-title): cleaned, with the facts a
 * finding asks for (the seller's own words when the listing has them, a placeholder when not), long enough for the
 * marketplace once the placeholders are filled, and short enough without being cut off.
 */
export function suggestTitle(input: TitleInput): BilingualText {
  const { listing, profile, facts, known, fired } = input;
  const rule = PROFILES[profile].title;
  const min = Math.max(rule.min, rule.searchMin ?? 0);
  const brand = listing.brand?.trim();
  const base = cleanedTitle(input);
  let front: BilingualText | undefined;
  const additions: BilingualText[] = [];
  const added = new Set<TitleFact['key']>();
  const text = (lang: 'id' | 'en') => [front?.[lang], base, ...additions.map((a) => a[lang])].filter(Boolean).join(' ');
  const short = () => fillPlaceholders(text('id')).length < min;
  const add = (f: TitleFact, placeholderToo: boolean) => {
    if (added.has(f.key) || f.inTitle(known, base)) return;
    const words = f.known?.(known);
    if (words && !base.toLowerCase().includes(words.toLowerCase())) additions.push(bi(words, words));
    else if (placeholderToo) additions.push(f.add);
    else return;
    added.add(f.key);
  };

  const plan = PLAN[facts.categorySure ? facts.category.id : 'other'];
  const needed = [...fired].map((id) => NEEDS[id]).filter((k): k is TitleFact['key'] => Boolean(k));
  if (fired.has('title-structure') && plan.key[0]) needed.unshift(plan.key[0].key);
  // The facts a finding asks for: the seller's words from elsewhere in the listing (or its label), else a placeholder.
  for (const key of needed) {
    const f = plan.key.find((x) => x.key === key) ?? BY_KEY[key];
    if (f) add(f, true);
  }
  // A title still too short: first what the listing states elsewhere, then placeholders for the key facts, the brand, the rest.
  for (const f of plan.key) if (short()) add(f, false);
  for (const f of plan.key) if (short()) add(f, true);
  if (short() && !brand) front = placeholder('brand');
  for (const f of [...plan.extras, EXTRAS.use]) if (short()) add(f, true);

  const fit = (lang: 'id' | 'en') => fitTitle(text(lang), rule.max, brand ? [brand] : [], (t) => fillPlaceholders(t).length);
  return bi(fit('id'), fit('en'));
}
