import { bi } from '../../i18n/text';

/** The words of "Judul usulan" and "Deskripsi usulan", Bahasa Indonesia first (docs/suggestions.md). */
export const SUGGEST_COPY = {
  heading: bi('Usulan Rapi', "Rapi's suggestions"),
  titleHeading: bi('Judul usulan', 'Suggested title'),
  descriptionHeading: bi('Deskripsi usulan', 'Suggested description'),
  titleGood: bi('Judul Anda sudah baik: tidak ada usulan.', 'Your title is already good: nothing to suggest.'),
  intro: bi(
    'Disusun dari kata-kata dan data Anda sendiri. Yang hanya Anda ketahui ditandai dalam kurung siku: isi atau hapus dulu.',
    'Built from your own words and details. What only you know is marked in square brackets: fill it in or remove it first.',
  ),
  blanks: bi('Isi yang ditandai', 'Fill in the marked parts'),
  remove: bi('Hapus', 'Remove'),
  removeLabel: (what: string) => bi(`Hapus ${what} dari usulan`, `Remove ${what} from the suggestion`),
  removed: bi('dihapus', 'removed'),
  fillFirst: (what: string) => bi(`Isi atau hapus dulu: ${what}.`, `Fill in or remove first: ${what}.`),
  ready: bi('Siap dipakai.', 'Ready to use.'),
  stillFlagged: bi('Sudah terisi, tapi Rapi masih melihat:', 'Filled in, but Rapi still sees:'),
  copy: bi('Salin', 'Copy'),
  copyLabel: (what: string) => bi(`Salin ${what}`, `Copy the ${what}`),
  use: bi('Pakai', 'Use'),
  useLabel: (what: string) => bi(`Pakai ${what} di draf`, `Use the ${what} in the draft`),
  copied: bi('Disalin. Tempel di kolom marketplace dengan Ctrl+V (di HP: tekan lama, lalu Tempel).', 'Copied. Paste it into the marketplace field with Ctrl+V (on a phone: long-press, then Paste).'),
  copyFailed: bi(
    'Rapi tidak bisa menyalin otomatis. Pilih teks di bawah ini, lalu salin sendiri (Ctrl+C).',
    'Rapi could not copy it. Select the text below and copy it yourself (Ctrl+C).',
  ),
  used: bi('Dipakai di draf Anda. Rapi memeriksanya lagi.', 'Used in your draft. Rapi checks it again.'),
  usedOnForm: bi(
    'Dipakai di draf Anda. Tekan "Terapkan ke formulir" agar tertulis di formulir Seller Centre.',
    'Used in your draft. Press "Apply to the form" to write it into the Seller Centre form.',
  ),
  placeholder: bi('belum diisi', 'not filled in'),
} as const;
