import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { boxContentsExample } from '../../suggest/examples';
import { LONG_DESCRIPTION } from '../example-texts';

export const descriptionNoBoxContents = registerCheck({
  id: 'description-no-box-contents',
  area: 'deskripsi',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.ttsSeaDescription,
  name: bi('Isi paket belum disebut', 'Box contents not stated'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', description: LONG_DESCRIPTION.replace(/Isi paket.*\n/, '') } },
    passing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', description: LONG_DESCRIPTION } },
  },
  exampleIn: 'description-line',
  run({ listing, facts }) {
    if (!listing.description || listing.description.trim().length < 30) return [];
    if (facts.specifics.boxContents) return [];
    return [
      finding(this, {
        message: bi('Deskripsi belum menyebut isi paket.', "The description doesn't say what is in the box."),
        why: bi(
          'Pembeli ingin tahu persis apa yang diterima. Panduan TikTok Shop meminta semua isi paket disebutkan; ini juga mengurangi komplain.',
          "Buyers want to know exactly what they receive. TikTok Shop's guide asks to list everything in the box; it also prevents complaints.",
        ),
        fix: bi('Tambahkan satu baris "Isi paket: …".', 'Add one line "In the box: …".'),
        example: boxContentsExample(facts.title),
      }),
    ];
  },
});
