import { SOURCES } from '../../checks/sources';
import { bi } from '../../i18n/text';
import { photoName } from '../copy';
import { findHandles, findPhoneNumbers, findUrls, quoteMatches } from '../ocr/matchers';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/**
 * docs/rules.md#shopee-what-gets-a-product-blocked: off-platform contacts in photos get a Shopee product blocked or
 * deleted; TikTok Shop bans them too.
 */
export const photoContactDetails = registerPhotoCheck({
  id: 'photo-contact-details',
  area: 'foto',
  severity: 'blocked',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeOffPlatform,
  sources: { tokopedia: SOURCES.tokopediaOffPlatform, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Nomor WhatsApp, tautan, atau akun di foto', 'WhatsApp number, link or account on photos'),
  input: 'ocr',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: {}, text: ['Keripik Pedas', 'Order WA 0812-3456-7890'] }] },
    passing: { profile: 'shopee', photos: [{ recipe: {}, text: ['Keripik Pedas', 'Netto 250 g'] }] },
  },
  run(ctx) {
    return ctx.photos.flatMap(({ index, ocr }) => {
      if (!ocr) return [];
      const matches = [...findPhoneNumbers(ocr), ...findUrls(ocr), ...findHandles(ocr)];
      if (!matches.length) return [];
      const name = photoName(index);
      const quoted = quoteMatches(matches);
      return [
        finding(
          photoContactDetails,
          {
            message: bi(`${name.id} memuat kontak di luar marketplace: ${quoted}.`, `${name.en} shows an off-marketplace contact: ${quoted}.`),
            why: bi(
              ctx.profile === 'generic'
                ? 'Pembeli bisa keluar dari toko Anda, dan banyak marketplace melarangnya.'
                : ctx.profile === 'tokopedia'
                  ? 'Tokopedia meminta semua transaksi terjadi di Tokopedia: kontak di luar aplikasi bisa membuat toko dimoderasi.'
                  : 'Produk bisa diblokir atau dihapus karena mencantumkan kontak di luar marketplace.',
              ctx.profile === 'generic'
                ? 'Buyers may leave your shop, and many marketplaces forbid it.'
                : ctx.profile === 'tokopedia'
                  ? 'Tokopedia requires every sale to happen on Tokopedia: contacts outside the app can get the shop moderated.'
                  : 'The product can be blocked or deleted for showing contacts outside the marketplace.',
            ),
            fix: bi(
              'Hapus nomor telepon, WhatsApp, tautan, dan akun media sosial dari foto. Pembeli bisa bertanya lewat fitur chat.',
              'Remove phone and WhatsApp numbers, links and social media accounts from the photo. Buyers can ask through the chat feature.',
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'estimated', boxes: matches.flatMap((m) => m.boxes) },
        ),
      ];
    });
  },
});
