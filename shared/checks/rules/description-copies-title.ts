import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { LONG_DESCRIPTION } from '../example-texts';

export const descriptionCopiesTitle = registerCheck({
  id: 'description-copies-title',
  area: 'deskripsi',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.rapiHeuristic,
  name: bi('Deskripsi hanya menyalin judul', 'Description only repeats the title'),
  examples: {
    failing: { profile: 'generic', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', description: 'Kopi Arabika Gayo 250 gr Biji Sangrai' } },
    passing: { profile: 'generic', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', description: LONG_DESCRIPTION } },
  },
  run({ listing, facts }) {
    const raw = listing.description?.trim();
    // A description much longer than the title cannot be a copy of it; skip the normalising work.
    if (!raw || !facts.title || raw.length > facts.title.length * 2 + 40) return [];
    const description = raw.toLowerCase().replace(/\s+/g, ' ');
    const title = facts.title.toLowerCase().replace(/\s+/g, ' ');
    const copied = description === title || (description.startsWith(title) && description.length < title.length + 20);
    if (!copied) return [];
    return [
      finding(this, {
        message: bi('Deskripsi sama dengan judul.', 'The description is the same as the title.'),
        why: bi(
          'Deskripsi yang menyalin judul tidak menjawab pertanyaan pembeli: bahan, ukuran, cara pakai, isi paket.',
          "A description that copies the title doesn't answer buyers' questions: material, size, how to use, what is in the box.",
        ),
        fix: bi('Tulis keterangan baru di deskripsi, satu hal per baris.', 'Write new details in the description, one point per line.'),
      }),
    ];
  },
});
