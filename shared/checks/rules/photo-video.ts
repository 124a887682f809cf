import { bi } from '../../i18n/text';
import { shopeeDiagnosis } from '../sources';
import { finding, registerCheck } from '../registry';

export const photoVideo = registerCheck({
  id: 'photo-video',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee'],
  input: 'text',
  source: shopeeDiagnosis('LACK_OF_VIDEO'),
  name: bi('Belum ada video produk', 'No product video'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ src: 'a.jpg' }, { src: 'b.jpg' }, { src: 'c.jpg' }] } },
    passing: {
      profile: 'shopee',
      listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ src: 'a.jpg' }], video: { src: 'v.mp4', durationSec: 20, mime: 'video/mp4' } },
    },
  },
  run({ listing, profile }) {
    // Only where the page's media were read (a photo list): a spreadsheet row says nothing about video.
    if (profile !== 'shopee' || !listing.photos?.length || listing.video) return [];
    return [
      finding(
        this,
        {
          message: bi('Rapi tidak menemukan video produk.', 'Rapi found no product video.'),
          why: bi(
            'Shopee meminta video untuk tingkat kualitas "Excellent" (sangat baik).',
            'Shopee asks for a video for the "Excellent" quality level.',
          ),
          fix: bi(
            'Rekam video 10–60 detik dengan HP: produk diputar pelan, lalu dipakai. Simpan sebagai MP4, maksimal 30 MB.',
            'Record a 10–60 second phone video: turn the product slowly, then show it in use. Save as MP4, at most 30 MB.',
          ),
        },
        { certainty: 'estimated' },
      ),
    ];
  },
});
