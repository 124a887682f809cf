import { bi } from '../../shared/i18n/text';
import { FIXER_WORDS } from '../../shared/photos/fix/copy';

/** "Perbaiki foto" in the photo section (docs/glossary.md: "foto sampul", sizes as "ukuran foto (piksel)"). */
export const FIX_COPY = {
  ...FIXER_WORDS,
  button: bi('Perbaiki foto', 'Fix photo'),
  working: bi('Memperbaiki foto… Panel tetap bisa dipakai.', 'Fixing the photo… You can keep using the panel.'),
  checks: bi('Pemeriksaan foto, sebelum → sesudah', 'Photo checks, before → after'),
  noFindings: bi('Tidak ada temuan, sebelum maupun sesudah.', 'No findings, before or after.'),
  download: bi('Unduh foto', 'Download photo'),
  drag: bi(
    'Unduh foto ini, atau tarik foto "Sesudah" langsung ke kotak unggah foto di Seller Centre.',
    'Download this photo, or drag the "After" photo straight into the photo upload box in Seller Centre.',
  ),
} as const;
