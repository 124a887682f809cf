import type { OcrLine, OcrResult } from './types';

/** The parts of tesseract.js's `Page` that Rapi reads (blocks → paragraphs → lines → words, pixel boxes). */
interface TesseractBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TesseractWord {
  text: string;
  confidence: number;
  bbox: TesseractBox;
}
export interface TesseractPage {
  text: string;
  blocks: Array<{ paragraphs: Array<{ lines: Array<{ text: string; words: TesseractWord[] }> }> }> | null;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Converts tesseract's pixel boxes into fractions of the image that was read, so the UI can draw at any size. */
export function fromTesseract(page: TesseractPage, width: number, height: number, ms?: number): OcrResult {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        lines.push({
          text: line.text.trim(),
          words: line.words.map((w) => {
            const x = clamp01(w.bbox.x0 / width);
            const y = clamp01(w.bbox.y0 / height);
            return {
              text: w.text,
              confidence: w.confidence,
              box: { x, y, w: clamp01(w.bbox.x1 / width) - x, h: clamp01(w.bbox.y1 / height) - y },
            };
          }),
        });
      }
    }
  }
  return { text: page.text, lines, ...(ms === undefined ? {} : { ms }) };
}
