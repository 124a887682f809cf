import { bi } from '../../i18n/text';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { shopeeAsReference } from '../../checks/sources';
import { PHOTO_SOURCES } from '../sources';

/**
 * Shopee Mall: the product covers at least 60% of the frame
 * (docs/rules.md#shopee-mall-photo-guidelines-other-market).
 */
export const MIN_FILL = 0.6;
/**
 * A bottle standing 90% of the frame's height cannot cover 60% of a square: its shape does not allow it. A product
 * spanning this much of the frame in its long direction is as big as it can be.
 */
export const FULL_SPAN = 0.8;

export const coverProductSmall = registerPhotoCheck({
  id: 'cover-product-small',
  area: 'foto',
  severity: 'quality',
  severities: { tokopedia: 'advice', generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallCover,
  // Tokopedia publishes no number for the product's size on the cover: Shopee Mall's, said to be a reference.
  sources: { tokopedia: shopeeAsReference(PHOTO_SOURCES.shopeeMallCover), generic: shopeeAsReference(PHOTO_SOURCES.shopeeMallCover) },
  name: bi('Produk terlalu kecil di foto sampul', 'Product too small on the cover photo'),
  input: 'pixels',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: { product: { shape: 'round', fill: 0.15 } } }] },
    passing: { profile: 'shopee', photos: [{ recipe: { product: { shape: 'box', fill: 0.7 } } }] },
  },
  run(ctx) {
    const product = ctx.photos.find((p) => p.index === 0)?.metrics?.product;
    if (!product || product.fill >= MIN_FILL || product.span >= FULL_SPAN) return [];
    const percent = Math.round(product.fill * 100);
    return [
      finding(
        coverProductSmall,
        {
          message: bi(
            `Produk di foto sampul kecil: sekitar ${percent}% dari foto.`,
            `The product is small on the cover photo: about ${percent}% of the photo.`,
          ),
          why: bi(
            'Di hasil pencarian foto sampul tampil kecil, jadi produk yang kecil sulit dikenali. Shopee Mall meminta produk mengisi minimal 60% foto.',
            'Cover photos show small in search results, so a small product is hard to recognise. Shopee Mall asks for the product to fill at least 60% of the photo.',
          ),
          fix: bi(
            'Potong foto lebih dekat ke produk, atau foto dari jarak lebih dekat, sampai produk mengisi sebagian besar foto.',
            'Crop the photo closer to the product, or take it from closer, until the product fills most of the photo.',
          ),
        },
        { profile: ctx.profile, photoIndex: 0, certainty: 'estimated', boxes: [product.box] },
      ),
    ];
  },
});
