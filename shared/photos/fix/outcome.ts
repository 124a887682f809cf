import type { ProfileId } from '../../checks/types';
import { bi, type BilingualText } from '../../i18n/text';
import type { Listing } from '../../listing/schema';
import { formatBytes, formatPixels } from '../copy';
import type { OcrResult } from '../ocr/types';
import { photoFindings, type CheckedPhoto } from '../pipeline';
import type { Box, PhotoFinding } from '../types';
import type { FixedPhoto } from './fix-photo';
import { MAX_UPSCALE, MIN_SIDE, mapPoint, type FixPlan } from './plan';

/** Findings the fixer can clear: the photo's shape, size and file, frames, and a plain non-white backdrop. */
export const FIXED_BY_FIXER: ReadonlySet<string> = new Set([
  'photo-aspect-ratio',
  'photo-low-resolution',
  'photo-pixel-size-rejected',
  'photo-file-size',
  'cover-white-border',
  'cover-black-border',
  'cover-background-not-white',
  'cover-product-small',
]);

/** Whether to offer "Perbaiki foto" for a photo: a finding the fixer addresses, or a photo too large to check. */
export function canFix(findings: readonly PhotoFinding[], tooLargeToCheck = false): boolean {
  return tooLargeToCheck || findings.some((f) => FIXED_BY_FIXER.has(f.checkId));
}

/** How each check came out after the fix, the same words in the panel and `rapi fix-photo`. */
export const AFTER_FIX = {
  cleared: bi('beres', 'fixed'),
  remains: bi('masih ada', 'still there'),
  added: bi('baru', 'new'),
  count: (before: number, after: number) => bi(`${before} temuan → ${after} temuan.`, `${before} ${before === 1 ? 'finding' : 'findings'} → ${after}.`),
} as const;

/** Each finding of the fixed photo's checks with how it came out: before's cleared or still there, then new ones. */
export function comparedFindings(outcome: FixOutcome): Array<{ finding: PhotoFinding; after: keyof Omit<typeof AFTER_FIX, 'count'> }> {
  const after = new Set(outcome.after.map((f) => f.checkId));
  const before = new Set(outcome.before.map((f) => f.checkId));
  return [
    ...outcome.before.map((finding) => ({ finding, after: after.has(finding.checkId) ? ('remains' as const) : ('cleared' as const) })),
    ...outcome.after.filter((f) => !before.has(f.checkId)).map((finding) => ({ finding, after: 'added' as const })),
  ];
}

export interface FixOutcome {
  /** What the fixer changed, one plain sentence each. */
  changes: BilingualText[];
  /** What it could not do (a photo too small to enlarge well). */
  notes: BilingualText[];
  /** The photo's findings before and after, from the same checks over the same listing. */
  before: PhotoFinding[];
  after: PhotoFinding[];
}

/**
 * Checks the fixed photo in place of the original, among the listing's other photos (the duplicate check compares
 * them), and says what changed. The text read on the original is carried over, moved to where it now sits: the
 * fixer never changes what a photo says, only its frame.
 */
export function fixOutcome(profile: ProfileId, photos: readonly CheckedPhoto[], index: number, fixed: FixedPhoto, listing?: Listing): FixOutcome {
  const original = photos.find((p) => p.index === index);
  const ocr = original?.result?.ocr ? moveText(original.result.ocr, fixed.plan) : undefined;
  const replaced: CheckedPhoto[] = photos.map((p) =>
    p.index === index
      ? { index, src: p.src, sellerFile: true, result: { photo: fixed.photo, metrics: fixed.metrics, ...(ocr ? { ocr } : {}) } }
      : p,
  );
  const of = (list: PhotoFinding[]) => list.filter((f) => f.photoIndex === index);
  return {
    changes: changesMade(fixed),
    notes: notesOn(fixed.plan),
    before: of(photoFindings(profile, photos, listing)),
    after: of(photoFindings(profile, replaced, listing)),
  };
}

function changesMade(fixed: FixedPhoto): BilingualText[] {
  const { plan } = fixed;
  const changes: BilingualText[] = [];
  if (plan.frame) {
    const colour = plan.frame === 'white' ? bi('putih', 'white') : bi('hitam', 'black');
    changes.push(bi(`Bingkai ${colour.id} dipotong.`, `The ${colour.en} border was trimmed.`));
  }
  if (plan.background) {
    changes.push(bi('Latar polos di sekitar produk dipotong, produk diletakkan di tengah.', 'The plain background around the product was trimmed and the product centred.'));
  }
  if (plan.source.width !== plan.source.height || plan.crop.width !== plan.crop.height) {
    changes.push(bi('Dijadikan persegi 1:1 dengan tepi putih, tanpa memotong produk.', 'Made square (1:1) with white edges, without cutting the product.'));
  }
  const size = formatPixels(plan.side, plan.side);
  if (plan.scale > 1.01) changes.push(bi(`Diperbesar menjadi ${size.id}.`, `Enlarged to ${size.en}.`));
  else if (plan.scale < 0.99) changes.push(bi(`Diperkecil menjadi ${size.id}.`, `Made smaller: ${size.en}.`));
  const bytes = formatBytes(fixed.jpeg.byteLength);
  changes.push(
    bi(
      `Disimpan sebagai JPG ${bytes.id}, tanpa data EXIF (termasuk lokasi GPS).`,
      `Saved as a ${bytes.en} JPG, without EXIF data (GPS location included).`,
    ),
  );
  return changes;
}

function notesOn(plan: FixPlan): BilingualText[] {
  const want = formatPixels(MIN_SIDE, MIN_SIDE);
  const notes: BilingualText[] = [];
  if (plan.tooSmall) {
    const size = formatPixels(plan.source.width, plan.source.height);
    notes.push(
      bi(
        `Foto ini kecil (${size.id}): Rapi memperbesarnya paling banyak ${MAX_UPSCALE}× agar tidak pecah. Untuk hasil yang tajam, ambil foto baru minimal ${want.id}.`,
        `This photo is small (${size.en}): Rapi enlarges it at most ${MAX_UPSCALE}× so it does not look blocky. For a sharp result, take a new photo of at least ${want.en}.`,
      ),
    );
  }
  if (plan.productSmall) {
    notes.push(
      bi(
        `Produk di foto ini kecil: diperbesar ${MAX_UPSCALE}× pun ia belum memenuhi foto. Ambil foto baru dari jarak lebih dekat.`,
        `The product is small in this photo: even enlarged ${MAX_UPSCALE}× it does not fill the photo. Take a new photo from closer.`,
      ),
    );
  }
  return notes;
}

/** The text read on the original, with each word's box where it lands on the fixed photo (dropped if cut away). */
function moveText(ocr: OcrResult, plan: FixPlan): OcrResult {
  const move = (box: Box): Box | null => {
    const a = mapPoint(plan, box.x, box.y);
    const b = mapPoint(plan, box.x + box.w, box.y + box.h);
    return a && b ? { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y } : null;
  };
  const lines = ocr.lines.map((line) => ({
    ...line,
    words: line.words.flatMap((word) => {
      const box = move(word.box);
      return box ? [{ ...word, box }] : [];
    }),
  }));
  return { ...ocr, lines };
}
