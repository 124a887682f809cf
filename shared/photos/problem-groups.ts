import { bi, type BilingualText } from '../i18n/text';
import { PROBLEMS } from './problems';

/** Why photos were not checked, grouped so that nine failed downloads are said once. */
export type PhotoProblemFamily = 'download' | 'read' | 'size' | 'ocr';

export interface PhotoProblem {
  /** 1-based, as the seller counts. */
  photo: number;
  src: string;
  message: BilingualText;
  family: PhotoProblemFamily;
}

const HEADLINE: Record<PhotoProblemFamily, (n: number) => BilingualText> = {
  download: (n) => bi(`${n} foto tidak bisa diunduh`, `${n} photo${n === 1 ? '' : 's'} could not be downloaded`),
  read: (n) => bi(`${n} foto tidak bisa dibaca`, `${n} photo${n === 1 ? '' : 's'} could not be read`),
  size: (n) => bi(`${n} foto terlalu besar untuk diperiksa`, `${n} photo${n === 1 ? ' is' : 's are'} too large to check`),
  ocr: (n) => bi(`Tulisan di ${n} foto belum terbaca`, `The text on ${n} photo${n === 1 ? '' : 's'} was not read`),
};

/** "1–9", "1, 3, 5–7": photo numbers as a seller reads them. */
function ranges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join(', ');
}

/**
 * One line per kind of failure instead of one per photo (the CLI and the panel say it the same way): "9 foto tidak bisa diunduh: foto 1–9 (…)". The first photo's
 * own message says why, once.
 */
export function groupPhotoProblems(problems: readonly PhotoProblem[]): BilingualText[] {
  const groups = new Map<PhotoProblemFamily, PhotoProblem[]>();
  for (const p of problems) groups.set(p.family, [...(groups.get(p.family) ?? []), p]);
  return [...groups].map(([family, list]) => {
    const count = new Set(list.map((p) => p.photo)).size;
    const head = HEADLINE[family](count);
    const which = ranges(list.map((p) => p.photo));
    const first = list[0]!.message;
    return bi(`${head.id}: foto ${which}. ${first.id}`, `${head.en}: ${count === 1 ? 'photo' : 'photos'} ${which}. ${first.en}`);
  });
}

/** The kind of a failure from its message: a photo too large, a file Rapi cannot read, or one it could not download. */
export function familyOf(problem: BilingualText, stage: PhotoProblemFamily): PhotoProblemFamily {
  if (/^The photo is too large/.test(problem.en)) return 'size';
  if ([PROBLEMS.empty, PROBLEMS.notAPhoto, PROBLEMS.heic, PROBLEMS.corrupt].includes(problem as never) || /files cannot be read/.test(problem.en)) return 'read';
  return stage;
}
