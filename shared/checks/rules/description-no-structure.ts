import { bi } from '../../i18n/text';
import { SOURCES, tiktokDiagnosis } from '../sources';
import { finding, registerCheck } from '../registry';
import { restructuredExample } from '../../suggest/examples';
import { LONG_DESCRIPTION } from '../example-texts';

export const descriptionNoStructure = registerCheck({
  id: 'description-no-structure',
  area: 'deskripsi',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: tiktokDiagnosis('DESC_NO_NEW_LINE'),
  name: bi('Deskripsi tanpa baris baru', 'Description without line breaks'),
  examples: {
    failing: {
      profile: 'tokopedia',
      listing: { title: 'Kopi Arabika Gayo 250 gr', description: LONG_DESCRIPTION.replace(/\n/g, ' ') },
    },
    passing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', description: LONG_DESCRIPTION } },
  },
  exampleIn: 'description',
  run({ listing, profile }) {
    const description = listing.description?.trim();
    if (!description || description.length < 150 || /\n/.test(description)) return [];
    return [
      finding(
        this,
        {
          message: bi('Deskripsi ditulis dalam satu paragraf panjang tanpa baris baru.', 'The description is one long paragraph with no line breaks.'),
          why: bi(
            'Diagnosis produk Tokopedia menandai deskripsi tanpa baris baru. Di layar HP, paragraf panjang jarang dibaca sampai habis.',
            "Tokopedia's product diagnosis flags descriptions without line breaks. On a phone, long paragraphs are rarely read to the end.",
          ),
          fix: bi(
            'Pecah menjadi poin-poin pendek, satu hal per baris: bahan, ukuran, cara pakai, isi paket.',
            'Break it into short points, one per line: material, size, how to use, what is in the box.',
          ),
          example: () => restructuredExample(description),
        },
        { severity: profile === 'tokopedia' ? 'quality' : 'advice', source: profile === 'tokopedia' ? tiktokDiagnosis('DESC_NO_NEW_LINE') : SOURCES.rapiHeuristic },
      ),
    ];
  },
});
