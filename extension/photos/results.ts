import { z } from 'zod';

/** A blob: preview read by the marketplace tab (photos/page-blob.ts): its bytes as a data: address, or its size. */
export const PageBlob = z.object({ dataUrl: z.string().optional(), bytes: z.number().int().nonnegative().optional() });
