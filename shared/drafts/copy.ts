import { bi } from '../i18n/text';

/** The words the draft features show, Bahasa Indonesia first ("draf", "Anda"; docs/glossary.md). */
export const DRAFT_COPY = {
  status: {
    loading: bi('Membuka draf…', 'Opening the draft…'),
    saving: bi('Menyimpan…', 'Saving…'),
    saved: bi('Tersimpan', 'Saved'),
    conflict: bi(
      'Draf ini juga diubah di jendela lain. Kedua versi disimpan. Pilih versi yang dipakai.',
      'This draft was also changed in another window. Both versions are kept. Choose the one to use.',
    ),
  },
  continueDraft: bi('Lanjutkan draf', 'Continue the draft'),
} as const;
