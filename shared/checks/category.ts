import { bi, type BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import { CATEGORY_IDS, type CategoryId } from '../listing/category-id';
import { pathCategory } from './category-path';
import { titleCategory } from './category-words';

export { CATEGORY_IDS as CATEGORIES, type CategoryId } from '../listing/category-id';

export const CATEGORY_NAMES: Record<CategoryId, BilingualText> = {
  food: bi('Makanan & Minuman', 'Food & drink'),
  'fresh-food': bi('Bahan segar (daging, ikan, sayur, buah)', 'Fresh food (meat, fish, vegetables, fruit)'),
  fashion: bi('Fesyen', 'Fashion'),
  beauty: bi('Kecantikan & Perawatan', 'Beauty & care'),
  'beauty-tools': bi('Alat kecantikan', 'Beauty tools'),
  health: bi('Kesehatan & Suplemen', 'Health & supplements'),
  craft: bi('Kerajinan & Rumah', 'Craft & home'),
  electronics: bi('Elektronik', 'Electronics'),
  other: bi('Lainnya', 'Other'),
};

/**
 * The listing's category as Rapi uses it. `from`: read from the listing's own category (breadcrumbs, the seller form's
 * picker, a spreadsheet column), picked by the seller in Rapi, guessed from whole words of the title, or none.
 */
export interface CategoryInfo {
  id: CategoryId;
  name: BilingualText;
  from: 'category' | 'seller' | 'title' | 'none';
  /** 0–1. 1: the listing says so. Below SURE_ENOUGH the guess is unsure and category-specific checks wait. */
  confidence: number;
}

/** @deprecated name kept for callers of the first version; same shape. */
export type CategoryGuess = CategoryInfo;

/** Below this a guessed category is unsure: the panel asks the seller, and category-specific findings are held back. */
export const SURE_ENOUGH = 0.7;

function info(id: CategoryId, from: CategoryInfo['from'], confidence: number): CategoryInfo {
  return { id, name: CATEGORY_NAMES[id], from, confidence };
}

/**
 * The category, in this order: what the seller picked in Rapi; the listing's own category path (refined by the title
 * where the path is broad: a "Kecantikan" listing for an eyelash curler is a beauty tool); a guess from the title.
 */
export function categorize(listing: Pick<Listing, 'categoryPath' | 'title'> & { pickedCategory?: CategoryId }): CategoryInfo {
  if (listing.pickedCategory) return info(listing.pickedCategory, 'seller', 1);
  if (listing.categoryPath?.length) {
    const fromPath = pathCategory(listing.categoryPath);
    if (fromPath) {
      const refined = fromPath.broad ? refine(fromPath.id, titleCategory(listing.title)?.id) : fromPath.id;
      return info(refined, 'category', refined === fromPath.id ? 1 : 0.9);
    }
  }
  const fromTitle = titleCategory(listing.title);
  if (!fromTitle) return info('other', 'none', 0);
  return info(fromTitle.id, 'title', fromTitle.confidence);
}

/** A broad path category narrowed by the title within the same family, never across families. */
function refine(pathId: CategoryId, titleId: CategoryId | undefined): CategoryId {
  const family: Partial<Record<CategoryId, CategoryId[]>> = {
    food: ['fresh-food', 'health'],
    beauty: ['beauty-tools', 'health'],
    health: ['beauty'],
  };
  return titleId && family[pathId]?.includes(titleId) ? titleId : pathId;
}

export function isSure(category: CategoryInfo): boolean {
  return category.confidence >= SURE_ENOUGH;
}

export { CATEGORY_IDS };
