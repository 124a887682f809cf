import { SOURCES } from '../../checks/sources';
import type { ProfileId } from '../../checks/types';
import { bi } from '../../i18n/text';
import { photoName } from '../copy';
import { findMarketplaceNames, quoteMatches } from '../ocr/matchers';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/** The listing's own marketplace may appear (TikTok Shop runs Tokopedia). */
const OWN: Record<ProfileId, string[]> = { shopee: ['shopee'], tokopedia: ['tokopedia', 'tiktok'], generic: [] };

/**
 * docs/rules.md#shopee-what-gets-a-product-blocked: other marketplaces' names or logos in photos get a Shopee
 * product blocked or deleted.
 */
export const photoOtherMarketplace = registerPhotoCheck({
  id: 'photo-other-marketplace',
  area: 'foto',
  severity: 'blocked',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeOffPlatform,
  sources: { tokopedia: SOURCES.tokopediaOffPlatform, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Nama marketplace lain di foto', 'Another marketplace’s name on photos'),
  input: 'ocr',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: {}, text: ['Tersedia juga di Tokopedia'] }] },
    passing: { profile: 'shopee', photos: [{ recipe: {}, text: ['Tersedia di Shopee'] }] },
  },
  run(ctx) {
    return ctx.photos.flatMap(({ index, ocr }) => {
      if (!ocr) return [];
      const matches = findMarketplaceNames(ocr, OWN[ctx.profile]);
      if (!matches.length) return [];
      const name = photoName(index);
      const quoted = quoteMatches(matches);
      return [
        finding(
          photoOtherMarketplace,
          {
            message: bi(`${name.id} menyebut marketplace lain: ${quoted}.`, `${name.en} names another marketplace: ${quoted}.`),
            why: bi(
              ctx.profile === 'generic'
                ? 'Pembeli bisa pindah belanja ke tempat lain.'
                : ctx.profile === 'tokopedia'
                  ? 'Tokopedia melarang mengajak pembeli bertransaksi di tempat lain: toko bisa dimoderasi.'
                  : 'Produk bisa diblokir atau dihapus karena menyebut nama atau logo marketplace lain.',
              ctx.profile === 'generic'
                ? 'Buyers may go and shop elsewhere.'
                : ctx.profile === 'tokopedia'
                  ? 'Tokopedia forbids taking buyers elsewhere to buy: the shop can be moderated.'
                  : 'The product can be blocked or deleted for showing another marketplace’s name or logo.',
            ),
            fix: bi('Hapus nama dan logo marketplace lain dari foto.', 'Remove other marketplaces’ names and logos from the photo.'),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'estimated', boxes: matches.flatMap((m) => m.boxes) },
        ),
      ];
    });
  },
});
