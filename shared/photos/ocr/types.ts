import { z } from 'zod';
import { Box } from '../types';

/** One word Rapi read on a photo, with where it is (fractions of the photo, for drawing). */
export const OcrWord = z.object({
  text: z.string(),
  /** Tesseract's confidence, 0–100. */
  confidence: z.number(),
  box: Box,
});
export type OcrWord = z.infer<typeof OcrWord>;

export const OcrLine = z.object({
  text: z.string(),
  words: z.array(OcrWord),
});
export type OcrLine = z.infer<typeof OcrLine>;

/** What Rapi read on one photo. Stored with the photo's results, so it must stay plain data. */
export const OcrResult = z.object({
  text: z.string(),
  lines: z.array(OcrLine),
  /** Milliseconds the recognition took. */
  ms: z.number().optional(),
});
export type OcrResult = z.infer<typeof OcrResult>;

/**
 * A made-up reading with the given lines stacked down the photo, for tests and check examples (a real reading
 * comes from tesseract through fromTesseract).
 */
export function ocrFromLines(lines: readonly string[]): OcrResult {
  const lineHeight = 0.06;
  return {
    text: lines.join('\n'),
    lines: lines.map((line, row) => {
      const words = line.split(/\s+/).filter(Boolean);
      const total = words.reduce((n, w) => n + w.length + 1, 0);
      let x = 0.05;
      return {
        text: line,
        words: words.map((text) => {
          const w = (0.9 * text.length) / Math.max(total, 1);
          const word = { text, confidence: 90, box: { x, y: 0.05 + row * lineHeight * 1.5, w, h: lineHeight } };
          x += w + 0.9 / Math.max(total, 1);
          return word;
        }),
      };
    }),
  };
}
