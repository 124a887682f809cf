import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProfileId } from '../shared/checks/types';
import { bi, both, type BilingualText, type Lang } from '../shared/i18n/text';
import { formatPixels, photoName } from '../shared/photos/copy';
import { fixPhoto, FIX_LIMITS } from '../shared/photos/fix/fix-photo';
import { AFTER_FIX, comparedFindings, fixOutcome, type FixOutcome } from '../shared/photos/fix/outcome';
import { nodeFixPlatform } from '../shared/photos/fix/render-node';
import type { CheckedPhoto } from '../shared/photos/pipeline';
import { PhotoProblem } from '../shared/photos/problems';
import { UsageError } from './errors';
import { loadPhotoBytes } from './photo-sources';
import { checkPhotos } from './photos';

const PROFILES: readonly ProfileId[] = ['shopee', 'tokopedia', 'generic'];

/** `rapi fix-photo`: the photo fixer for a trainer's folder of photos. Returns the exit code. */
export async function fixPhotoCommand(args: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, marketplace: { type: 'string' }, lang: { type: 'string', default: 'id' } },
  });
  const lang = values.lang as Lang;
  if (lang !== 'id' && lang !== 'en') throw new UsageError(bi(`--lang harus id atau en, bukan "${values.lang}".`, `--lang must be id or en, not "${values.lang}".`));
  const profile = (values.marketplace ?? 'generic') as ProfileId;
  if (!PROFILES.includes(profile)) {
    throw new UsageError(bi(`--marketplace harus shopee, tokopedia atau generic, bukan "${profile}".`, `--marketplace must be shopee, tokopedia or generic, not "${profile}".`));
  }
  if (files.length === 0 || !values.out) {
    throw new UsageError(bi('Pakai: rapi fix-photo FOTO... --out FOLDER', 'Use: rapi fix-photo PHOTO... --out FOLDER'));
  }
  const t = (text: BilingualText) => text[lang];
  const out = path.resolve(values.out);
  await mkdir(out, { recursive: true });

  // The photos as the checks see them now, side by side (the duplicate check compares them).
  const folders = [...new Set(files.map((f) => path.dirname(path.resolve(f))))];
  const checked = await checkPhotos(files.map((f) => path.resolve(f)), { profile, allowLocalPhotos: folders });
  const photos: CheckedPhoto[] = checked.photos.map((p) => ({
    index: p.index,
    src: p.src,
    sellerFile: true,
    result: { photo: p.photo, metrics: p.analysis?.metrics ?? null },
  }));

  let unreadable = 0;
  const written = new Set<string>();
  for (const [index, file] of files.entries()) {
    const resolved = path.resolve(file);
    let outcome: FixOutcome;
    let target: string;
    try {
      const bytes = await loadPhotoBytes(resolved, FIX_LIMITS, { baseDir: path.dirname(resolved) });
      const fixed = await fixPhoto(bytes, nodeFixPlatform);
      target = freeName(out, path.parse(resolved).name, written);
      await writeFile(target, fixed.jpeg);
      outcome = fixOutcome(profile, photos, index, fixed);
      const size = formatPixels(fixed.plan.side, fixed.plan.side);
      console.log(`${file} → ${path.relative(process.cwd(), target) || target} (${t(size)})`);
    } catch (error) {
      if (!(error instanceof PhotoProblem)) throw error;
      unreadable++;
      console.error(`${file}: ${both(error.text)}`);
      continue;
    }
    printOutcome(outcome, index, t);
  }
  return unreadable > 0 ? 2 : 0;
}

/** `<name>-rapi.jpg`, numbered when two photos share a name. */
function freeName(dir: string, name: string, taken: Set<string>): string {
  let candidate = path.join(dir, `${name}-rapi.jpg`);
  for (let n = 2; taken.has(candidate); n++) candidate = path.join(dir, `${name}-rapi-${n}.jpg`);
  taken.add(candidate);
  return candidate;
}

const WORDS = {
  changed: bi('Diubah:', 'Changed:'),
  notes: bi('Catatan:', 'Note:'),
  checks: bi('Pemeriksaan foto, sebelum → sesudah:', 'Photo checks, before → after:'),
  none: bi('tidak ada temuan', 'no findings'),
} as const;

function printOutcome(outcome: FixOutcome, index: number, t: (text: BilingualText) => string): void {
  console.log(`  ${t(photoName(index))}`);
  console.log(`  ${t(WORDS.changed)}`);
  for (const change of outcome.changes) console.log(`  - ${t(change)}`);
  if (outcome.notes.length) {
    console.log(`  ${t(WORDS.notes)}`);
    for (const note of outcome.notes) console.log(`  - ${t(note)}`);
  }
  console.log(`  ${t(WORDS.checks)}`);
  const compared = comparedFindings(outcome);
  for (const { finding, after } of compared) console.log(`  - [${finding.checkId}] ${t(finding.message)} → ${t(AFTER_FIX[after])}`);
  if (!compared.length) console.log(`  - ${t(WORDS.none)}`);
  console.log(`  ${t(AFTER_FIX.count(outcome.before.length, outcome.after.length))}\n`);
}
