import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';
import type { Finding } from '../types';

const MB = 1024 * 1024;
const FORMAT_NAMES: Record<string, string> = { 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/webp': 'WebP' };

export const photoFile = registerCheck({
  id: 'photo-file',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'photo-metadata',
  supersededBy: ['photo-format', 'photo-file-size'],
  source: PROFILES.shopee.photos.fileSource,
  name: bi('File foto terlalu besar atau formatnya salah', 'Photo file too big or wrong format'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ bytes: 8 * MB, mime: 'image/heic' }] } },
    passing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ bytes: 800_000, mime: 'image/jpeg' }] } },
  },
  run({ listing, profile }) {
    const rule = PROFILES[profile].photos;
    const allowed = rule.formats.map((f) => FORMAT_NAMES[f] ?? f).join('/');
    const out: Finding[] = [];
    listing.photos?.forEach((photo, index) => {
      const tooBig = photo.bytes !== undefined && photo.bytes > rule.maxBytes;
      const mime = photo.mime?.toLowerCase().replace('image/jpg', 'image/jpeg');
      const wrongFormat = mime !== undefined && !rule.formats.includes(mime);
      if (!tooBig && !wrongFormat) return;
      const size = photo.bytes !== undefined ? `${(photo.bytes / MB).toFixed(1).replace('.', ',')} MB` : '';
      const format = mime?.replace('image/', '').toUpperCase() ?? '';
      out.push(
        finding(
          this,
          {
            message: tooBig
              ? bi(`File foto ${index + 1} berukuran ${size}, lebih dari ${rule.maxBytes / MB} MB.`, `Photo ${index + 1}'s file is ${size}, over ${rule.maxBytes / MB} MB.`)
              : bi(`Foto ${index + 1} berformat ${format}.`, `Photo ${index + 1} is in ${format} format.`),
            why: bi(
              `Marketplace hanya menerima ${allowed} sampai ${rule.maxBytes / MB} MB; foto lain ditolak saat diunggah.`,
              `The marketplace only accepts ${allowed} up to ${rule.maxBytes / MB} MB; other photos are rejected on upload.`,
            ),
            fix: tooBig
              ? bi('Kecilkan foto dengan aplikasi galeri atau kompres foto (pilih kualitas 80%).', "Shrink it with your gallery app or a photo compressor (80% quality).")
              : bi(`Simpan ulang foto sebagai ${allowed} (di HP: bagikan lalu simpan sebagai JPG).`, `Save the photo again as ${allowed} (on a phone: share, then save as JPG).`),
          },
          { severity: profile === 'generic' ? 'advice' : 'quality', source: rule.fileSource, photoIndex: index, outcome: 'refused-at-upload' },
        ),
      );
    });
    return out;
  },
});
