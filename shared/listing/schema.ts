import { z } from 'zod';
import { CategoryId } from './category-id';

export const Marketplace = z.enum(['shopee', 'tokopedia', 'other']);
export type Marketplace = z.infer<typeof Marketplace>;

const count = z.number().int().nonnegative();
const positive = z.number().positive();

export const Photo = z.object({
  src: z.string().optional(),
  width: count.optional(),
  height: count.optional(),
  bytes: count.optional(),
  mime: z.string().optional(),
  alt: z.string().optional(),
});
export type Photo = z.infer<typeof Photo>;

export const Video = z.object({
  src: z.string().optional(),
  durationSec: positive.optional(),
  bytes: count.optional(),
  mime: z.string().optional(),
  width: count.optional(),
  height: count.optional(),
});
export type Video = z.infer<typeof Video>;

export const VariantTier = z.object({
  name: z.string(),
  options: z.array(z.string()),
});
export type VariantTier = z.infer<typeof VariantTier>;

export const Dimensions = z.object({
  length: positive.optional(),
  width: positive.optional(),
  height: positive.optional(),
});

/** Where a listing's category path came from (see `Listing.categorySource`). */
export const CategorySource = z.enum(['breadcrumb', 'page-data', 'spec-row', 'seller-form', 'input']);
export type CategorySource = z.infer<typeof CategorySource>;

/**
 * The one model every part of Rapi speaks. Only `title` is required: a check needs at least that.
 * Everything else stays undefined when unknown — never guessed here (adapters mark guesses separately).
 */
export const Listing = z.object({
  marketplace: Marketplace.default('other'),
  sourceUrl: z.string().optional(),
  itemId: z.string().optional(),
  shopId: z.string().optional(),
  title: z.string(),
  description: z.string().optional(),
  /** Rupiah, whole numbers. */
  price: count.optional(),
  originalPrice: count.optional(),
  categoryPath: z.array(z.string()).optional(),
  /** The category the seller picked in Rapi when Rapi was unsure (one tap in the panel); wins over any guess. */
  pickedCategory: CategoryId.optional(),
  /**
   * Where `categoryPath` came from: the page's category trail (`breadcrumb`: JSON-LD BreadcrumbList, the visible
   * breadcrumb, Shopee's "Kategori" row of links), the marketplace's own product data (`page-data`: Tokopedia's
   * embedded state, Shopee's API), an info row naming only the last level (`spec-row`), the seller centre's
   * category picker (`seller-form`), or a spreadsheet column / the seller's typing (`input`).
   */
  categorySource: CategorySource.optional(),
  brand: z.string().optional(),
  condition: z.enum(['new', 'used']).optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  variants: z.array(VariantTier).optional(),
  weightGrams: positive.optional(),
  dimensionsCm: Dimensions.optional(),
  stock: count.optional(),
  photos: z.array(Photo).optional(),
  /** When only the number of photos is known (spreadsheets' image_count). */
  photoCount: count.optional(),
  /** Images inside the description (Shopee counts "1 image" as a long-enough description). */
  descriptionImageCount: count.optional(),
  video: Video.optional(),
  hasSizeChart: z.boolean().optional(),
  shopName: z.string().optional(),
  shopCity: z.string().optional(),
});
export type Listing = z.infer<typeof Listing>;
export type ListingInput = z.input<typeof Listing>;

/** The number of photos, from the photo list if known, else from a bare count. */
export function photoTotal(listing: Listing): number | undefined {
  return listing.photos?.length ?? listing.photoCount;
}
