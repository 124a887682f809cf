import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';

export const photoCountHigh = registerCheck({
  id: 'photo-count-high',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia'],
  input: 'photo-metadata',
  source: PROFILES.tokopedia.photos.maxSource,
  name: bi('Foto produk melebihi batas', 'More photos than allowed'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: Array.from({ length: 12 }, (_, i) => ({ src: `${i}.jpg` })) } },
    passing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photoCount: 9 } },
  },
  run({ listing, profile, facts }) {
    const rule = PROFILES[profile].photos;
    const count = facts.photoCount;
    if (count === undefined || count <= rule.max) return [];
    // A bare count (a spreadsheet's image_count, a scraper's media list) often includes variant pictures, which have
    // their own limit: say what is known, as advice, instead of claiming the listing breaks the rule.
    const onlyCounted = !listing.photos?.length;
    return [
      finding(
        this,
        {
          message: onlyCounted
            ? bi(`Tercatat ${count} foto; mungkin termasuk foto varian.`, `${count} photos are recorded; variant pictures may be included.`)
            : bi(`Ada ${count} foto produk, batasnya ${rule.max}.`, `There are ${count} product photos; the limit is ${rule.max}.`),
          why: bi(
            `Marketplace hanya menerima ${rule.max} foto produk utama; lebih dari itu ditolak saat diunggah. Foto varian tidak dihitung.`,
            `The marketplace accepts only ${rule.max} main product photos; more are refused at upload. Variant pictures don't count.`,
          ),
          fix: bi(
            `Pastikan foto produk utama paling banyak ${rule.max}. Foto lain bisa dipakai di varian atau deskripsi.`,
            `Keep the main product photos to ${rule.max} at most. Others can go in the variants or the description.`,
          ),
        },
        { source: rule.maxSource, outcome: 'refused-at-upload', severity: onlyCounted ? 'advice' : 'quality' },
      ),
    ];
  },
});
