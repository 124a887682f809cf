import { z } from 'zod';

/**
 * Rapi's own categories: what decides which specifics a listing needs (docs/rules.md#food-and-cosmetics-labels).
 * Packaged food and fresh food differ (P-IRT vs NKV), as do beauty products and beauty tools (BPOM vs none).
 */
export const CATEGORY_IDS = ['food', 'fresh-food', 'beauty', 'beauty-tools', 'health', 'fashion', 'craft', 'electronics', 'other'] as const;
export const CategoryId = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryId>;
