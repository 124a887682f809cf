import type { ProfileId } from '../shared/checks';
import { bi, both } from '../shared/i18n/text';
import { Listing, type ListingInput } from '../shared/listing/schema';
import type { OcrEngine } from '../shared/photos/ocr/engine';
import { createNodeOcrEngine } from '../shared/photos/ocr/node';
import type { PhotoFinding } from '../shared/photos/types';
import type { PhotoProblem } from '../shared/photos/problem-groups';
import { checkPhotos } from './photos';

export interface ListingPhotos {
  /** The listing with each measured photo's real size, bytes and format filled in. */
  listing: ListingInput;
  findings: PhotoFinding[];
  measured: number[];
  /** Photos that could not be downloaded or decoded (0-based): the photo part is then not fully measured. */
  failed: number[];
  /** One entry per photo that could not be (fully) checked. */
  problems: PhotoProblem[];
  /** The text read on each photo that had any (with --ocr): label facts for the suggested title and description. */
  texts: string[];
}

/** The progress line a trainer sees while photos are checked (only on a terminal). */
const STEP_WORDS = {
  load: bi('memuat', 'loading'),
  check: bi('memeriksa', 'checking'),
  ocr: bi('membaca tulisan', 'reading text'),
  done: bi('selesai', 'done'),
} as const;

/** One OCR worker for the whole file: a trainer's spreadsheet can name hundreds of photos. */
export class PhotoChecker {
  private engine: Promise<OcrEngine> | undefined;

  constructor(
    private readonly options: {
      ocr: boolean;
      /** The listing file's folder: local photos are read only here and in `allowLocalPhotos`. */
      baseDir: string;
      allowLocalPhotos?: readonly string[];
      onProgress?: (text: string) => void;
    },
  ) {}

  async check(listingInput: ListingInput, profile: ProfileId): Promise<ListingPhotos | undefined> {
    const srcs = (listingInput.photos ?? []).map((p) => p.src).filter((s): s is string => Boolean(s));
    if (srcs.length === 0) return undefined;
    const listing = Listing.parse(listingInput);
    const ocrEngine = this.options.ocr ? await (this.engine ??= createNodeOcrEngine()) : undefined;
    const result = await checkPhotos(srcs, {
      profile,
      ocr: this.options.ocr,
      listing,
      baseDir: this.options.baseDir,
      ...(this.options.allowLocalPhotos ? { allowLocalPhotos: this.options.allowLocalPhotos } : {}),
      ...(ocrEngine ? { ocrEngine } : {}),
      onProgress: (e) => this.options.onProgress?.(`foto ${e.index + 1}/${srcs.length}: ${both(STEP_WORDS[e.step])}`),
    });
    const problems: ListingPhotos['problems'] = [];
    for (const p of result.photos) {
      if (p.error) problems.push({ photo: p.index + 1, src: p.src, message: p.error, family: p.errorFamily ?? 'read' });
      if (p.ocrError) problems.push({ photo: p.index + 1, src: p.src, message: p.ocrError, family: 'ocr' });
    }
    const photos = result.photos.map((p) => ({
      src: p.src,
      ...(p.photo.width ? { width: p.photo.width } : {}),
      ...(p.photo.height ? { height: p.photo.height } : {}),
      ...(p.photo.bytes ? { bytes: p.photo.bytes } : {}),
      ...(p.photo.mime ? { mime: p.photo.mime } : {}),
    }));
    return {
      listing: { ...listingInput, photos },
      findings: result.findings,
      measured: result.photos.filter((p) => p.checked).map((p) => p.index),
      failed: result.photos.filter((p) => !p.checked).map((p) => p.index),
      problems,
      texts: result.photos.flatMap((p) => (p.ocr?.text.trim() ? [p.ocr.text] : [])),
    };
  }

  async close(): Promise<void> {
    const engine = await this.engine?.catch(() => undefined);
    await engine?.terminate();
  }
}

export { groupPhotoProblems } from '../shared/photos/problem-groups';
