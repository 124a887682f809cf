import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';

export const photoCountHigh = registerCheck({
  id: 'photo-count-high',
  area: 'foto',
  severity: 'blocked',
  profiles: ['shopee', 'tokopedia'],
  source: PROFILES.tokopedia.photos.maxSource,
  name: bi('Foto produk melebihi batas', 'More photos than allowed'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photoCount: 12 } },
    passing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photoCount: 9 } },
  },
  run({ profile, facts }) {
    const rule = PROFILES[profile].photos;
    const count = facts.photoCount;
    if (count === undefined || count <= rule.max || profile === 'generic') return [];
    return [
      finding(
        this,
        {
          message: bi(`Ada ${count} foto, batasnya ${rule.max}.`, `There are ${count} photos; the limit is ${rule.max}.`),
          why: bi(`Marketplace hanya menerima ${rule.max} foto produk; sisanya ditolak saat diunggah.`, `The marketplace accepts only ${rule.max} product photos; the rest are rejected on upload.`),
          fix: bi(`Pilih ${rule.max} foto terbaik. Foto lain bisa dipakai di deskripsi atau varian.`, `Pick the best ${rule.max}. Others can go in the description or variants.`),
        },
        { source: rule.maxSource },
      ),
    ];
  },
});
